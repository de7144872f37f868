package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.model.GeoPoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds a DynamoDB item. Absent values are left out rather than stored as NULL, and so are empty sets,
 * which DynamoDB cannot store; {@link ItemReader} reads both back as absent.
 */
final class ItemBuilder {
    private final Map<String, AttributeValue> item = new LinkedHashMap<>();

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    ItemBuilder string(String name, String value) {
        return value == null ? this : put(name, s(value));
    }

    ItemBuilder number(String name, long value) {
        return put(name, n(value));
    }

    ItemBuilder number(String name, double value) {
        return put(name, AttributeValue.fromN(BigDecimal.valueOf(value).toPlainString()));
    }

    ItemBuilder bool(String name, boolean value) {
        return put(name, AttributeValue.fromBool(value));
    }

    ItemBuilder instant(String name, Instant value) {
        return value == null ? this : put(name, s(value.toString()));
    }

    ItemBuilder date(String name, LocalDate value) {
        return value == null ? this : put(name, s(value.toString()));
    }

    ItemBuilder enumName(String name, Enum<?> value) {
        return value == null ? this : put(name, s(value.name()));
    }

    ItemBuilder stringSet(String name, Collection<String> values) {
        return values == null || values.isEmpty() ? this : put(name, AttributeValue.fromSs(List.copyOf(values)));
    }

    ItemBuilder map(String name, Map<String, AttributeValue> value) {
        return value == null ? this : put(name, AttributeValue.fromM(value));
    }

    ItemBuilder list(String name, List<AttributeValue> values) {
        return put(name, AttributeValue.fromL(values));
    }

    ItemBuilder geo(String name, GeoPoint point) {
        return point == null ? this : map(name, geo(point));
    }

    static Map<String, AttributeValue> geo(GeoPoint point) {
        return new ItemBuilder().number("lat", point.lat()).number("lon", point.lon()).build();
    }

    Map<String, AttributeValue> build() {
        return Map.copyOf(item);
    }

    private ItemBuilder put(String name, AttributeValue value) {
        item.put(name, value);
        return this;
    }
}
