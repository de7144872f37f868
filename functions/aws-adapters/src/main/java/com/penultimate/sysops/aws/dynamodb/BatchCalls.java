package com.penultimate.sysops.aws.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchGetItem and BatchWriteItem over one table in chunks of the API's limits, sending back what DynamoDB
 * left unprocessed (it does so under throttling, and the SDK does not retry it) after a growing pause.
 */
final class BatchCalls {
    static final int GET_LIMIT = 100;
    static final int WRITE_LIMIT = 25;
    private static final int MAX_ROUNDS = 8;
    private static final long FIRST_PAUSE_MILLIS = 20;

    private BatchCalls() {
    }

    /** The items under {@code keys} that exist, in no particular order. */
    static List<Map<String, AttributeValue>> get(DynamoDbClient client, String table,
                                                 List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += GET_LIMIT) {
            KeysAndAttributes pending = KeysAndAttributes.builder()
                    .keys(keys.subList(from, Math.min(keys.size(), from + GET_LIMIT))).build();
            for (int round = 0; pending != null; round++) {
                pauseBefore(round, table);
                KeysAndAttributes request = pending;
                BatchGetItemResponse response = client.batchGetItem(get -> get.requestItems(Map.of(table, request)));
                items.addAll(response.responses().getOrDefault(table, List.of()));
                pending = response.unprocessedKeys().get(table);
            }
        }
        return items;
    }

    static void write(DynamoDbClient client, String table, List<WriteRequest> writes) {
        for (int from = 0; from < writes.size(); from += WRITE_LIMIT) {
            List<WriteRequest> pending = writes.subList(from, Math.min(writes.size(), from + WRITE_LIMIT));
            for (int round = 0; !pending.isEmpty(); round++) {
                pauseBefore(round, table);
                List<WriteRequest> request = pending;
                BatchWriteItemResponse response = client.batchWriteItem(w -> w.requestItems(Map.of(table, request)));
                pending = response.unprocessedItems().getOrDefault(table, List.of());
            }
        }
    }

    private static void pauseBefore(int round, String table) {
        if (round == 0) {
            return;
        }
        if (round == MAX_ROUNDS) {
            throw new IllegalStateException("DynamoDB left items of " + table + " unprocessed " + MAX_ROUNDS
                    + " times in a row");
        }
        try {
            Thread.sleep(FIRST_PAUSE_MILLIS << (round - 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a batch on " + table, e);
        }
    }
}
