package com.penultimate.sysops.aws.dynamodb;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The Surveys table as the template declares it, created under a fresh name for each caller. */
public final class SurveyTables {
    private static final AtomicInteger TABLES = new AtomicInteger();

    private SurveyTables() {
    }

    /** Creates a fresh table in the shared DynamoDB Local, named after {@code owner}. */
    public static String createFor(Class<?> owner) {
        String name = owner.getSimpleName() + "-surveys-" + TABLES.incrementAndGet();
        DynamoDbLocalServer.client().createTable(request(name));
        return name;
    }

    /** Partition key {@code ticketId}; index {@code bySentMonth} ({@code sentMonth}, {@code sentAt}); on-demand. */
    public static CreateTableRequest request(String name) {
        return CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName(SurveyItems.KEY).keyType(KeyType.HASH))
                .attributeDefinitions(
                        a -> a.attributeName(SurveyItems.KEY).attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sentMonth").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sentAt").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexes(index -> index.indexName(DynamoDbSurveyRepository.BY_SENT_MONTH)
                        .keySchema(k -> k.attributeName("sentMonth").keyType(KeyType.HASH),
                                k -> k.attributeName("sentAt").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))
                .build();
    }
}
