package com.penultimate.sysops.aws.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An UpdateItem expression that sets some attributes and removes others, every name behind a {@code #}
 * placeholder (so reserved words such as {@code name} need no care) and every value behind a {@code :} one.
 */
final class ItemUpdate {
    private final List<String> sets = new ArrayList<>();
    private final List<String> removes = new ArrayList<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /** Sets {@code attribute} to {@code value}, or removes it when {@code value} is null. */
    ItemUpdate setOrRemove(String attribute, AttributeValue value) {
        names.put("#" + attribute, attribute);
        if (value == null) {
            removes.add("#" + attribute);
        } else {
            sets.add("#" + attribute + " = :" + attribute);
            values.put(":" + attribute, value);
        }
        return this;
    }

    /** Adds a value the condition expression refers to. */
    ItemUpdate withValue(String placeholder, AttributeValue value) {
        values.put(placeholder, value);
        return this;
    }

    String expression() {
        String set = sets.isEmpty() ? "" : "SET " + String.join(", ", sets);
        String remove = removes.isEmpty() ? "" : "REMOVE " + String.join(", ", removes);
        return (set + " " + remove).trim();
    }

    Map<String, String> names() {
        return Map.copyOf(names);
    }

    Map<String, AttributeValue> values() {
        return Map.copyOf(values);
    }
}
