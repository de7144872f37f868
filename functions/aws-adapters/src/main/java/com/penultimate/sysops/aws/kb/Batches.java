package com.penultimate.sysops.aws.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes many items in BatchWriteItem calls of at most 25, resending what DynamoDB leaves unprocessed (the
 * client's retry strategy already backs off on throttling) and failing loudly if some is still left.
 */
final class Batches {
    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH_LIMIT = 25;

    private Batches() {
    }

    static void write(DynamoDbClient client, String table, List<WriteRequest> writes) {
        for (int from = 0; from < writes.size(); from += BATCH_LIMIT) {
            List<WriteRequest> pending = new ArrayList<>(writes.subList(from, Math.min(writes.size(), from + BATCH_LIMIT)));
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > MAX_ATTEMPTS) {
                    throw new IllegalStateException(pending.size() + " writes to " + table + " left unprocessed after "
                            + MAX_ATTEMPTS + " tries");
                }
                List<WriteRequest> batch = List.copyOf(pending);
                var response = client.batchWriteItem(write -> write.requestItems(Map.of(table, batch)));
                pending = new ArrayList<>(response.unprocessedItems().getOrDefault(table, List.of()));
            }
        }
    }
}
