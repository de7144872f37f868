package com.penultimate.sysops.aws.dynamodb;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Billing's own tables as {@code template.yaml} declares them (Invoices: customerId + invoiceId; PaymentAttempts:
 * idempotencyKey), each caller's set under a unique prefix, beside the {@link SysopsTables} they go with.
 *
 * @param invoices        the Invoices table
 * @param paymentAttempts the simulated provider's PaymentAttempts table
 */
public record BillingTables(String invoices, String paymentAttempts) {
    private static final AtomicInteger SETS = new AtomicInteger();

    /** Creates a fresh pair in the shared DynamoDB Local, named after {@code owner}. */
    public static BillingTables createFor(Class<?> owner) {
        return create(DynamoDbLocalServer.client(), owner.getSimpleName() + "-billing-" + SETS.incrementAndGet() + "-");
    }

    public static BillingTables create(DynamoDbClient client, String prefix) {
        BillingTables tables = new BillingTables(prefix + "invoices", prefix + "payment-attempts");
        client.createTable(create -> create.tableName(tables.invoices()).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("customerId").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("invoiceId").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("customerId").keyType(KeyType.HASH),
                        k -> k.attributeName("invoiceId").keyType(KeyType.RANGE)));
        client.createTable(create -> create.tableName(tables.paymentAttempts()).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("idempotencyKey").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("idempotencyKey").keyType(KeyType.HASH)));
        return tables;
    }
}
