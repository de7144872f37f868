package com.penultimate.sysops.workflow;

import com.penultimate.sysops.aws.dynamodb.DynamoDbTicketRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Finds tickets that have sat in one status since before a cutoff, oldest first, with a keyed Query on the
 * Tickets table's {@code byStatus} index (partition {@code status}, sort key {@code createdAt}): only tickets
 * filed before the cutoff are read, and of those only the ones not changed since are kept.
 */
final class StaleTickets {
    private final DynamoDbClient client;
    private final String table;

    StaleTickets(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** At most {@code limit} ids of tickets in {@code status} not changed since {@code cutoff}. */
    List<String> find(String status, Instant cutoff, int limit) {
        List<String> ids = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = client.query(query(status, cutoff, limit - ids.size(), start));
            page.items().forEach(item -> ids.add(item.get("ticketId").s()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && ids.size() < limit);
        return ids.size() > limit ? List.copyOf(ids.subList(0, limit)) : List.copyOf(ids);
    }

    private QueryRequest query(String status, Instant cutoff, int limit, Map<String, AttributeValue> start) {
        AttributeValue before = AttributeValue.fromS(cutoff.toString());
        return QueryRequest.builder()
                .tableName(table)
                .indexName(DynamoDbTicketRepository.BY_STATUS)
                .keyConditionExpression("#status = :status AND createdAt < :cutoff")
                .filterExpression("updatedAt < :cutoff")
                .projectionExpression("ticketId")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(status), ":cutoff", before))
                .scanIndexForward(true)
                .limit(limit)
                .exclusiveStartKey(start)
                .build();
    }
}
