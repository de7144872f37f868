package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.model.GeoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads an item {@link ItemBuilder} wrote. Optional attributes read as null (or an empty set); a missing
 * required number means the stored item is corrupt and fails loudly.
 */
final class ItemReader {
    private final Map<String, AttributeValue> item;

    ItemReader(Map<String, AttributeValue> item) {
        this.item = item;
    }

    String string(String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    long longNumber(String name) {
        return Long.parseLong(required(name).n());
    }

    int intNumber(String name) {
        return Integer.parseInt(required(name).n());
    }

    /** A number items written before the attribute existed lack. */
    int optionalInt(String name, int absent) {
        AttributeValue value = item.get(name);
        return value == null ? absent : Integer.parseInt(value.n());
    }

    double doubleNumber(String name) {
        return Double.parseDouble(required(name).n());
    }

    boolean bool(String name) {
        return Boolean.TRUE.equals(required(name).bool());
    }

    Instant instant(String name) {
        String value = string(name);
        return value == null ? null : Instant.parse(value);
    }

    LocalDate date(String name) {
        String value = string(name);
        return value == null ? null : LocalDate.parse(value);
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = string(name);
        return value == null ? null : Enum.valueOf(type, value);
    }

    Set<String> stringSet(String name) {
        AttributeValue value = item.get(name);
        return value == null ? Set.of() : Set.copyOf(value.ss());
    }

    ItemReader map(String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : new ItemReader(value.m());
    }

    List<ItemReader> maps(String name) {
        AttributeValue value = item.get(name);
        return value == null ? List.of() : value.l().stream().map(v -> new ItemReader(v.m())).toList();
    }

    GeoPoint geo(String name) {
        ItemReader point = map(name);
        return point == null ? null : new GeoPoint(point.doubleNumber("lat"), point.doubleNumber("lon"));
    }

    /** The attribute names of the item (or nested map). */
    Set<String> names() {
        return item.keySet();
    }

    private AttributeValue required(String name) {
        AttributeValue value = item.get(name);
        if (value == null) {
            throw new IllegalStateException("stored item lacks attribute " + name);
        }
        return value;
    }
}
