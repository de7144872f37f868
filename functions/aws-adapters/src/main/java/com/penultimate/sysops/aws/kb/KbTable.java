package com.penultimate.sysops.aws.kb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The knowledge-base table: one table, partition key {@code pk} and sort key {@code sk} (both strings), no
 * secondary indexes. Its items:
 * <ul>
 *   <li>{@code ARTICLE#<id>} / {@code CURRENT}: the article's current version;</li>
 *   <li>{@code ARTICLE#<id>} / {@code VERSION#<0000000001>}: every version ever written, the current one too;</li>
 *   <li>{@code ARTICLE#<id>} / {@code INDEXED}: which version the index holds, its terms, field lengths and
 *       products, so a re-index knows which postings went stale;</li>
 *   <li>{@code TERM#<term>} / {@code <articleId>}: a posting — the term's frequency per field, the article's
 *       field lengths and products — so one Query per term reads the whole posting list;</li>
 *   <li>{@code CORPUS} / {@code STATISTICS}: the article count and each field's total length, kept with atomic
 *       {@code ADD}s.</li>
 * </ul>
 */
final class KbTable {
    static final String PK = "pk";
    static final String SK = "sk";
    static final String CURRENT = "CURRENT";
    static final String VERSION = "VERSION#";
    static final String INDEXED = "INDEXED";

    private KbTable() {
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
    }

    static String article(String articleId) {
        return "ARTICLE#" + articleId;
    }

    static String version(long version) {
        return VERSION + String.format("%010d", version);
    }

    static String term(String term) {
        return "TERM#" + term;
    }

    static Map<String, AttributeValue> statisticsKey() {
        return key("CORPUS", "STATISTICS");
    }
}
