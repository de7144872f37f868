package com.penultimate.sysops.aws.kb;

import com.penultimate.sysops.core.kb.ArticleField;
import com.penultimate.sysops.core.kb.FieldCounts;
import com.penultimate.sysops.core.kb.IndexedArticle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Reads and replaces an article's index record. The replacement is conditional on the record read (absent, or
 * at the version read) and goes in one transaction with the corpus statistics' atomic {@code ADD}s, so the
 * statistics count every article once and its lengths exactly, however many containers index at once.
 */
final class IndexRecordWriter {
    private final DynamoDbClient client;
    private final String table;

    IndexRecordWriter(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    Optional<IndexItems.Indexed> read(String articleId) {
        var response = client.getItem(get -> get.tableName(table).consistentRead(true)
                .key(KbTable.key(KbTable.article(articleId), KbTable.INDEXED)));
        return response.hasItem() ? Optional.of(IndexItems.Indexed.of(response.item())) : Optional.empty();
    }

    /** Whether the record was replaced; false if another indexing changed it since {@code previous} was read. */
    boolean replace(IndexedArticle article, IndexItems.Indexed previous) {
        Put.Builder put = Put.builder().tableName(table).item(IndexItems.indexed(article));
        if (previous == null) {
            put.conditionExpression("attribute_not_exists(pk)");
        } else {
            put.conditionExpression("indexedVersion = :read")
                    .expressionAttributeValues(Map.of(":read", Attributes.n(previous.version())));
        }
        try {
            client.transactWriteItems(tx -> tx.transactItems(TransactWriteItem.builder().put(put.build()).build(),
                    TransactWriteItem.builder().update(statistics(article, previous)).build()));
            return true;
        } catch (TransactionCanceledException e) {
            if (e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                return false;
            }
            throw e;
        }
    }

    private Update statistics(IndexedArticle article, IndexItems.Indexed previous) {
        FieldCounts lengthChange = article.lengths().minus(previous == null ? FieldCounts.NONE : previous.lengths());
        Map<String, Long> deltas = new LinkedHashMap<>();
        deltas.put(IndexItems.ARTICLES, previous == null ? 1L : 0L);
        for (ArticleField field : ArticleField.values()) {
            deltas.put(IndexItems.totalLength(field), lengthChange.get(field));
        }
        StringJoiner adds = new StringJoiner(", ", "ADD ", "");
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        deltas.forEach((attribute, delta) -> {
            adds.add("#" + attribute + " :" + attribute);
            names.put("#" + attribute, attribute);
            values.put(":" + attribute, Attributes.n(delta));
        });
        return Update.builder().tableName(table).key(KbTable.statisticsKey()).updateExpression(adds.toString())
                .expressionAttributeNames(names).expressionAttributeValues(values).build();
    }
}
