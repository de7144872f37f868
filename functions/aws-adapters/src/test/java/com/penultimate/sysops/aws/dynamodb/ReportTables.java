package com.penultimate.sysops.aws.dynamodb;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The Reports table as {@code template.yaml} declares it ({@code pk}, {@code sk}), one per caller. */
public final class ReportTables {
    private static final AtomicInteger TABLES = new AtomicInteger();

    private ReportTables() {
    }

    /** Creates a fresh Reports table in the shared DynamoDB Local, named after {@code owner}. */
    public static String createFor(Class<?> owner) {
        String name = owner.getSimpleName() + "-reports-" + TABLES.incrementAndGet();
        DynamoDbLocalServer.client().createTable(create -> create.tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE)));
        return name;
    }
}
