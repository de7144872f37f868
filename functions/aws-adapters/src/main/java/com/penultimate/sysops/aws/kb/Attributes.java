package com.penultimate.sysops.aws.kb;

import com.penultimate.sysops.core.kb.ArticleField;
import com.penultimate.sysops.core.kb.FieldCounts;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Conversions between knowledge-base values and DynamoDB attribute values. */
final class Attributes {
    private Attributes() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    /** A string set, or null for an empty one: DynamoDB stores no empty sets. */
    static AttributeValue strings(Collection<String> values) {
        return values.isEmpty() ? null : AttributeValue.fromSs(List.copyOf(values));
    }

    static Set<String> strings(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? Set.of() : Set.copyOf(value.ss());
    }

    static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null) {
            throw new IllegalStateException("stored item lacks attribute " + name);
        }
        return Long.parseLong(value.n());
    }

    static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    /** Counts as a map of field name ({@code title}, ...) to number, zero counts left out. */
    static AttributeValue counts(FieldCounts counts) {
        return AttributeValue.fromM(counts.counts().entrySet().stream()
                .collect(Collectors.toMap(e -> name(e.getKey()), e -> n(e.getValue()))));
    }

    static FieldCounts counts(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        EnumMap<ArticleField, Long> counts = new EnumMap<>(ArticleField.class);
        if (value != null) {
            value.m().forEach((field, count) -> counts.put(field(field), Long.parseLong(count.n())));
        }
        return new FieldCounts(counts);
    }

    static String name(ArticleField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    private static ArticleField field(String name) {
        return ArticleField.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
