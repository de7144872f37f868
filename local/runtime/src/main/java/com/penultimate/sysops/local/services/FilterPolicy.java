package com.penultimate.sysops.local.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An SNS subscription filter policy on message attributes: every key must match one of its conditions.
 * Conditions: exact strings and numbers, {@code prefix}, {@code anything-but} (values or a prefix),
 * {@code exists}, and {@code numeric} ranges. A {@code String.Array} attribute matches if any element does.
 */
public final class FilterPolicy {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode policy;

    private FilterPolicy(JsonNode policy) {
        this.policy = policy;
    }

    /** No policy: every message matches. */
    public static FilterPolicy none() {
        return new FilterPolicy(JSON.createObjectNode());
    }

    /** A policy as the template writes it (a map of attribute name to conditions). */
    public static FilterPolicy of(Map<String, Object> policy) {
        return new FilterPolicy(JSON.valueToTree(policy));
    }

    public boolean matches(Map<String, SnsMessageAttribute> attributes) {
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) policy::fields) {
            SnsMessageAttribute attribute = attributes.get(entry.getKey());
            JsonNode conditions = entry.getValue();
            boolean any = false;
            for (JsonNode condition : conditions.isArray() ? conditions : JSON.createArrayNode().add(conditions)) {
                any |= matches(condition, attribute);
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(JsonNode condition, SnsMessageAttribute attribute) {
        if (condition.has("exists")) {
            return condition.get("exists").asBoolean() == (attribute != null);
        }
        if (attribute == null) {
            return false;
        }
        return values(attribute).stream().anyMatch(value -> matches(condition, value, attribute.type()));
    }

    private static boolean matches(JsonNode condition, String value, String type) {
        if (condition.isTextual()) {
            return !type.equals("Number") && condition.asText().equals(value);
        }
        if (condition.isNumber()) {
            return isNumber(value) && new BigDecimal(value).compareTo(condition.decimalValue()) == 0;
        }
        if (condition.has("prefix")) {
            return value.startsWith(condition.get("prefix").asText());
        }
        if (condition.has("anything-but")) {
            JsonNode excluded = condition.get("anything-but");
            if (excluded.has("prefix")) {
                return !value.startsWith(excluded.get("prefix").asText());
            }
            for (JsonNode e : excluded.isArray() ? excluded : JSON.createArrayNode().add(excluded)) {
                if (matches(e, value, type)) {
                    return false;
                }
            }
            return true;
        }
        if (condition.has("numeric")) {
            return isNumber(value) && inRange(condition.get("numeric"), new BigDecimal(value));
        }
        throw new IllegalArgumentException("filter policy condition " + condition + " is not supported locally");
    }

    private static boolean inRange(JsonNode operations, BigDecimal value) {
        for (int i = 0; i + 1 < operations.size(); i += 2) {
            int c = value.compareTo(operations.get(i + 1).decimalValue());
            boolean ok = switch (operations.get(i).asText()) {
                case "=" -> c == 0;
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                default -> throw new IllegalArgumentException("numeric operator " + operations.get(i));
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static List<String> values(SnsMessageAttribute attribute) {
        if (!attribute.type().equals("String.Array")) {
            return List.of(attribute.value());
        }
        List<String> values = new ArrayList<>();
        try {
            JSON.readTree(attribute.value()).forEach(v -> values.add(v.asText()));
        } catch (Exception notAnArray) {
            values.add(attribute.value());
        }
        return values;
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
