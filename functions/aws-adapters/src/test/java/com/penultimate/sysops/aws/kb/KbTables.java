package com.penultimate.sysops.aws.kb;

import com.penultimate.sysops.aws.dynamodb.DynamoDbLocalServer;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The knowledge-base table as the template declares it, created under a fresh name for each caller. */
public final class KbTables {
    private static final AtomicInteger TABLES = new AtomicInteger();

    private KbTables() {
    }

    /** Creates a fresh table in the shared DynamoDB Local, named after {@code owner}. */
    public static String createFor(Class<?> owner) {
        return create(DynamoDbLocalServer.client(), owner.getSimpleName() + "-kb-" + TABLES.incrementAndGet());
    }

    public static String create(DynamoDbClient client, String name) {
        client.createTable(request(name));
        return name;
    }

    /** Partition key {@code pk}, sort key {@code sk}, both strings; on-demand; no secondary index. */
    public static CreateTableRequest request(String name) {
        return CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName(KbTable.PK).keyType(KeyType.HASH),
                        k -> k.attributeName(KbTable.SK).keyType(KeyType.RANGE))
                .attributeDefinitions(a -> a.attributeName(KbTable.PK).attributeType(ScalarAttributeType.S),
                        a -> a.attributeName(KbTable.SK).attributeType(ScalarAttributeType.S))
                .build();
    }
}
