package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.port.ExpertRepository;
import com.penultimate.sysops.core.port.Page;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * {@link ExpertRepository} on the Experts table (partition key {@code expertId}); listings read the
 * {@value #BY_NAME} index (partition {@code roster}, sort key {@code name}). Updates are optimistic: the
 * write only succeeds if the stored version is the one before the expert's.
 */
public final class DynamoDbExpertRepository implements ExpertRepository {
    public static final String BY_NAME = "byName";

    private final DynamoDbClient client;
    private final String table;
    private final PartitionQuery byName;

    public DynamoDbExpertRepository(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
        this.byName = PartitionQuery.index(client, table, BY_NAME, "roster",
                Set.of(ExpertItems.KEY, "roster", "name"), true);
    }

    @Override
    public void create(Expert expert) {
        try {
            client.putItem(put -> put.tableName(table).item(ExpertItems.toItem(expert))
                    .conditionExpression("attribute_not_exists(expertId)"));
        } catch (ConditionalCheckFailedException e) {
            throw new ConflictException("expert " + expert.expertId() + " exists");
        }
    }

    @Override
    public Optional<Expert> find(String expertId) {
        GetItemResponse response = client.getItem(get -> get.tableName(table).consistentRead(true)
                .key(Map.of(ExpertItems.KEY, ItemBuilder.s(expertId))));
        return response.hasItem() ? Optional.of(ExpertItems.fromItem(response.item())) : Optional.empty();
    }

    @Override
    public void update(Expert expert) {
        try {
            client.putItem(put -> put.tableName(table).item(ExpertItems.toItem(expert))
                    .conditionExpression("version = :previous")
                    .expressionAttributeValues(Map.of(":previous", ItemBuilder.n(expert.version() - 1))));
        } catch (ConditionalCheckFailedException e) {
            throw new ConflictException("expert " + expert.expertId() + " changed since version "
                    + (expert.version() - 1) + " was read");
        }
    }

    @Override
    public Page<Expert> list(int limit, String cursor) {
        return byName.page(ExpertItems.ROSTER, limit, cursor, ExpertItems::fromItem);
    }
}
