package com.penultimate.sysops.core.kb;

import java.util.EnumMap;
import java.util.Map;

/** A count per article field: a term's frequency in each field, or each field's length in terms. */
public record FieldCounts(Map<ArticleField, Long> counts) {
    public static final FieldCounts NONE = new FieldCounts(Map.of());

    public FieldCounts {
        EnumMap<ArticleField, Long> copy = new EnumMap<>(ArticleField.class);
        counts.forEach((field, count) -> {
            if (count != 0) {
                copy.put(field, count);
            }
        });
        counts = Map.copyOf(copy);
    }

    public long get(ArticleField field) {
        return counts.getOrDefault(field, 0L);
    }

    /** These counts plus one more in {@code field}. */
    public FieldCounts plusOne(ArticleField field) {
        EnumMap<ArticleField, Long> next = new EnumMap<>(ArticleField.class);
        next.putAll(counts);
        next.merge(field, 1L, Long::sum);
        return new FieldCounts(next);
    }

    /** The field-by-field sum, e.g. the corpus's total lengths. */
    public FieldCounts plus(FieldCounts other) {
        EnumMap<ArticleField, Long> next = new EnumMap<>(ArticleField.class);
        for (ArticleField field : ArticleField.values()) {
            next.put(field, get(field) + other.get(field));
        }
        return new FieldCounts(next);
    }

    /** The field-by-field difference {@code this - other}, e.g. how much an edit changed the lengths. */
    public FieldCounts minus(FieldCounts other) {
        EnumMap<ArticleField, Long> next = new EnumMap<>(ArticleField.class);
        for (ArticleField field : ArticleField.values()) {
            next.put(field, get(field) - other.get(field));
        }
        return new FieldCounts(next);
    }
}
