package com.penultimate.sysops.lambda.snapstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.lambda.testing.LambdaContexts;
import com.penultimate.sysops.aws.dynamodb.DynamoDbLocalServer;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class SnapStartPrimingTest {
    private static final DynamoDbClient ADMIN = DynamoDbLocalServer.client();

    @BeforeAll
    static void createTables() {
        createTable("priming-tickets", ScalarAttributeType.S);
        createTable("priming-experts", ScalarAttributeType.N);
    }

    @Test
    void prime_readsEveryConfiguredTable_andWritesNothing() {
        try (ApplicationContext context = LambdaContexts.start(Map.of(
                "sysops.aws.endpoints.dynamodb", DynamoDbLocalServer.endpoint().toString(),
                "sysops.tables.tickets", "priming-tickets",
                "sysops.tables.ticket-history", "priming-tickets",
                "sysops.tables.experts", "priming-experts"))) {

            assertThat(context.getBean(SnapStartPriming.class).prime())
                    .containsExactly("priming-experts", "priming-tickets");
            assertThat(ADMIN.scan(b -> b.tableName("priming-tickets")).count()).isZero();
            assertThat(ADMIN.scan(b -> b.tableName("priming-experts")).count()).isZero();
        }
    }

    @Test
    void absentKey_followsTheTablesKeySchema() {
        try (ApplicationContext context = LambdaContexts.start(Map.of(
                "sysops.aws.endpoints.dynamodb", DynamoDbLocalServer.endpoint().toString()))) {
            DynamoDbClient client = context.getBean(DynamoDbClient.class);

            assertThat(SnapStartPriming.absentKey(client.describeTable(b -> b.tableName("priming-experts")).table()))
                    .isEqualTo(Map.of("pk", AttributeValue.fromN("-1"),
                            "sk", AttributeValue.fromS(SnapStartPriming.ABSENT_KEY)));
        }
    }

    private static void createTable(String name, ScalarAttributeType partitionType) {
        ADMIN.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(partitionType),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE)));
    }
}
