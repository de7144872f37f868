package com.penultimate.sysops.aws.dynamodb;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The Sysops Squad tables as {@code template.yaml} declares them, for tests: each caller gets its own set
 * under a unique name prefix, so tests sharing one {@link DynamoDbLocalServer} never see each other's items.
 */
public final class SysopsTables {
    private static final AtomicInteger SETS = new AtomicInteger();

    private SysopsTables() {
    }

    /** Creates a fresh set of tables in the shared DynamoDB Local, named after {@code owner}. */
    public static TableNames createFor(Class<?> owner) {
        return create(DynamoDbLocalServer.client(), owner.getSimpleName() + "-" + SETS.incrementAndGet() + "-");
    }

    public static TableNames create(DynamoDbClient client, String prefix) {
        TableNames names = TableNames.prefixed(prefix);
        requests(names).forEach(client::createTable);
        client.updateTimeToLive(ttl -> ttl.tableName(names.idempotency())
                .timeToLiveSpecification(spec -> spec.attributeName("expiresAt").enabled(true)));
        return names;
    }

    public static List<CreateTableRequest> requests(TableNames names) {
        return List.of(
                table(names.customers(), "customerId", null).build(),
                table(names.contracts(), "customerId", "contractId")
                        .globalSecondaryIndexes(index(DynamoDbContractRepository.BY_BILLING_DAY, "billingDay",
                                "contractId"))
                        .attributeDefinitions(strings("customerId", "contractId", "billingDay")).build(),
                table(names.products(), "kind", "code").build(),
                table(names.experts(), "expertId", null)
                        .globalSecondaryIndexes(index(DynamoDbExpertRepository.BY_NAME, "roster", "name"))
                        .attributeDefinitions(strings("expertId", "roster", "name")).build(),
                table(names.expertCells(), "cellSkill", "expertId").build(),
                table(names.tickets(), "ticketId", null)
                        .globalSecondaryIndexes(
                                index(DynamoDbTicketRepository.BY_CUSTOMER, "customerId", "createdAt"),
                                index(DynamoDbTicketRepository.BY_STATUS, "status", "createdAt"),
                                index(DynamoDbTicketRepository.BY_MONTH, "createdMonth", "createdAt"),
                                index(DynamoDbTicketRepository.BY_EXPERT, "assignedExpertId", "createdAt"))
                        .attributeDefinitions(strings("ticketId", "customerId", "status", "createdMonth",
                                "assignedExpertId", "createdAt")).build(),
                table(names.idempotency(), "idempotencyKey", null).build());
    }

    private static CreateTableRequest.Builder table(String name, String partitionKey, String sortKey) {
        return CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(keys(partitionKey, sortKey))
                .attributeDefinitions(sortKey == null ? strings(partitionKey) : strings(partitionKey, sortKey));
    }

    private static GlobalSecondaryIndex index(String name, String partitionKey, String sortKey) {
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(keys(partitionKey, sortKey))
                .projection(projection -> projection.projectionType(ProjectionType.ALL))
                .build();
    }

    private static List<KeySchemaElement> keys(String partitionKey, String sortKey) {
        KeySchemaElement hash = KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build();
        return sortKey == null ? List.of(hash)
                : List.of(hash, KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
    }

    private static List<AttributeDefinition> strings(String... names) {
        return Arrays.stream(names).map(name -> AttributeDefinition.builder().attributeName(name)
                .attributeType(ScalarAttributeType.S).build()).toList();
    }
}
