package com.penultimate.sysops.bench.spike;

import com.penultimate.sysops.bench.ClosedLoop;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The floor under intake: plain PutItem of a stored ticket's item into a table shaped like the Tickets table
 * (same keys and indexes), on the same DynamoDB Local engine, at the same concurrency.
 */
final class RawWriteFloor {
    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Map<String, AttributeValue> template;

    private RawWriteFloor(DynamoDbClient dynamoDb, String table, Map<String, AttributeValue> template) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.template = template;
    }

    /** Creates {@code table} with the shape of {@code ticketsTable}; items are copies of {@code ticketItem}. */
    static RawWriteFloor like(DynamoDbClient dynamoDb, String ticketsTable, String table,
                              Map<String, AttributeValue> ticketItem) {
        TableDescription tickets = dynamoDb.describeTable(d -> d.tableName(ticketsTable)).table();
        dynamoDb.createTable(c -> c.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(tickets.keySchema()).attributeDefinitions(tickets.attributeDefinitions())
                .globalSecondaryIndexes(tickets.globalSecondaryIndexes().stream().map(g -> GlobalSecondaryIndex.builder()
                        .indexName(g.indexName()).keySchema(g.keySchema()).projection(g.projection()).build()).toList()));
        return new RawWriteFloor(dynamoDb, table, ticketItem);
    }

    ClosedLoop.Result run(String prefix, int count, int concurrency) throws Exception {
        return ClosedLoop.run(count, concurrency, i -> {
            Map<String, AttributeValue> item = new HashMap<>(template);
            item.put("ticketId", AttributeValue.fromS(prefix + i));
            dynamoDb.putItem(p -> p.tableName(table).item(item));
        });
    }
}
