package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.port.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Reads one partition of a table or a global secondary index in sort-key order with Query, never Scan.
 * Pages ask for one item more than they return, so the last page has no cursor.
 */
final class PartitionQuery {
    private final DynamoDbClient client;
    private final String table;
    private final String index;
    private final String partitionKey;
    private final Set<String> keyNames;
    private final boolean ascending;

    private PartitionQuery(DynamoDbClient client, String table, String index, String partitionKey,
                           Set<String> keyNames, boolean ascending) {
        this.client = client;
        this.table = table;
        this.index = index;
        this.partitionKey = partitionKey;
        this.keyNames = keyNames;
        this.ascending = ascending;
    }

    /** The table's own key, ascending. */
    static PartitionQuery table(DynamoDbClient client, String table, String partitionKey, String sortKey) {
        return new PartitionQuery(client, table, null, partitionKey, Set.of(partitionKey, sortKey), true);
    }

    /** An index; {@code keyNames} are the table's and the index's key attributes, which a start key needs. */
    static PartitionQuery index(DynamoDbClient client, String table, String index, String partitionKey,
                                Set<String> keyNames, boolean ascending) {
        return new PartitionQuery(client, table, index, partitionKey, keyNames, ascending);
    }

    <T> Page<T> page(String partitionValue, int limit, String cursor, Function<Map<String, AttributeValue>, T> mapper) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        Map<String, AttributeValue> start = cursor == null ? null : startKey(cursor);
        if (start != null && !partitionValue.equals(start.get(partitionKey).s())) {
            throw PageCursor.invalid();
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        do {
            QueryResponse response = read(partitionValue, limit + 1 - items.size(), start);
            items.addAll(response.items());
            start = response.lastEvaluatedKey().isEmpty() ? null : response.lastEvaluatedKey();
        } while (items.size() <= limit && start != null);
        return pageOf(items, limit, mapper);
    }

    /** The first {@code limit} of {@code items}, with a cursor after the last one if more were read. */
    <T> Page<T> pageOf(List<Map<String, AttributeValue>> items, int limit,
                       Function<Map<String, AttributeValue>, T> mapper) {
        List<Map<String, AttributeValue>> shown = items.subList(0, Math.min(limit, items.size()));
        String next = items.size() > limit ? cursorAfter(shown.get(limit - 1)) : null;
        return new Page<>(shown.stream().map(mapper).toList(), next);
    }

    /** Every item of the partition; only for partitions known to stay small. */
    List<Map<String, AttributeValue>> everything(String partitionValue) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse response = read(partitionValue, null, start);
            items.addAll(response.items());
            start = response.lastEvaluatedKey().isEmpty() ? null : response.lastEvaluatedKey();
        } while (start != null);
        return items;
    }

    /** One Query call: at most {@code limit} items after {@code startKey}. */
    QueryResponse read(String partitionValue, Integer limit, Map<String, AttributeValue> startKey) {
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(table)
                .indexName(index)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", partitionKey))
                .expressionAttributeValues(Map.of(":pk", ItemBuilder.s(partitionValue)))
                .scanIndexForward(ascending)
                .limit(limit)
                .exclusiveStartKey(startKey);
        return client.query(request.build());
    }

    Map<String, AttributeValue> startKey(String cursor) {
        return PageCursor.decode(cursor, keyNames);
    }

    private String cursorAfter(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        keyNames.forEach(name -> key.put(name, item.get(name)));
        return PageCursor.encode(key);
    }
}
