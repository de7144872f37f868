package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.port.ExpertRepository;
import com.penultimate.sysops.core.port.Page;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * {@link ExpertRepository} on the Experts table (partition key {@code expertId}); listings read the
 * {@value #BY_NAME} index (partition {@code roster}, sort key {@code name}). Updates are optimistic: the
 * profile is only written if the stored version is the one before the expert's, and they never touch
 * {@code activeTickets}, the booking counter reservations change. Every write keeps the ExpertCells
 * candidate index in step with the expert's service area and skills.
 */
public final class DynamoDbExpertRepository implements ExpertRepository {
    public static final String BY_NAME = "byName";

    private final DynamoDbClient client;
    private final String table;
    private final ExpertCellIndex cells;
    private final PartitionQuery byName;

    public DynamoDbExpertRepository(DynamoDbClient client, String table, String cellsTable) {
        this.client = client;
        this.table = table;
        this.cells = new ExpertCellIndex(client, cellsTable);
        this.byName = PartitionQuery.index(client, table, BY_NAME, "roster",
                Set.of(ExpertItems.KEY, "roster", "name"), true);
    }

    @Override
    public void create(Expert expert) {
        cells.cover(expert);
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
                .key(key(expertId)));
        return response.hasItem() ? Optional.of(ExpertItems.fromItem(response.item())) : Optional.empty();
    }

    /** Writes the profile fields and the version; {@code expert.activeTickets()} is ignored. */
    @Override
    public void update(Expert expert) {
        cells.cover(expert);
        ItemUpdate profile = ExpertItems.profileUpdate(expert)
                .withValue(":previous", ItemBuilder.n(expert.version() - 1));
        UpdateItemResponse response;
        try {
            response = client.updateItem(update -> update.tableName(table).key(key(expert.expertId()))
                    .updateExpression(profile.expression())
                    .conditionExpression("version = :previous")
                    .expressionAttributeNames(profile.names())
                    .expressionAttributeValues(profile.values())
                    .returnValues(ReturnValue.ALL_OLD));
        } catch (ConditionalCheckFailedException e) {
            throw new ConflictException("expert " + expert.expertId() + " changed since version "
                    + (expert.version() - 1) + " was read");
        }
        cells.uncover(ExpertItems.fromItem(response.attributes()), expert);
    }

    @Override
    public Page<Expert> list(int limit, String cursor) {
        return byName.page(ExpertItems.ROSTER, limit, cursor, ExpertItems::fromItem);
    }

    private static Map<String, AttributeValue> key(String expertId) {
        return Map.of(ExpertItems.KEY, ItemBuilder.s(expertId));
    }
}
