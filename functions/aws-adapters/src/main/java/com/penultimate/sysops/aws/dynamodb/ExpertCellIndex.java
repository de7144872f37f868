package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.GeoPoint;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The ExpertCells table (partition key {@code cellSkill}, sort key {@code expertId}): one item
 * {@code {cellSkill: "<cell>#<skill>", expertId, version}} for every {@link CellGrid} cell an expert's service
 * area touches and every skill they have, so the experts near a point with a skill are one Query.
 *
 * <p>Entries are written before the expert profile that needs them and removed after the profile that no
 * longer does, so the index never misses a stored profile; a left-over entry only adds a candidate that
 * matching turns away. {@code version} is the profile version that last wrote the entry: an entry is removed
 * only by a newer profile, never by a slower writer of an older one.
 */
final class ExpertCellIndex {
    static final String KEY = "cellSkill";

    private final DynamoDbClient client;
    private final String table;
    private final PartitionQuery cells;

    ExpertCellIndex(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
        this.cells = PartitionQuery.table(client, table, KEY, ExpertItems.KEY);
    }

    static String key(String cell, String skill) {
        return cell + "#" + skill;
    }

    /** Every {@code cellSkill} the expert is listed under. */
    static Set<String> keysOf(Expert expert) {
        if (expert.serviceArea() == null) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        for (String cell : CellGrid.cellsTouching(expert.serviceArea())) {
            expert.skills().forEach(skill -> keys.add(key(cell, skill)));
        }
        return keys;
    }

    /** Lists the expert under every key of their profile. */
    void cover(Expert expert) {
        List<WriteRequest> puts = keysOf(expert).stream().sorted()
                .map(key -> WriteRequest.builder().putRequest(put -> put.item(new ItemBuilder()
                        .string(KEY, key)
                        .string(ExpertItems.KEY, expert.expertId())
                        .number("version", expert.version())
                        .build())).build())
                .toList();
        BatchCalls.write(client, table, puts);
    }

    /** Removes the keys {@code previous} had and {@code current} lacks, unless a newer profile rewrote them. */
    void uncover(Expert previous, Expert current) {
        Set<String> stale = new HashSet<>(keysOf(previous));
        stale.removeAll(keysOf(current));
        for (String key : stale.stream().sorted().toList()) {
            try {
                client.deleteItem(delete -> delete.tableName(table)
                        .key(Map.of(KEY, ItemBuilder.s(key), ExpertItems.KEY, ItemBuilder.s(current.expertId())))
                        .conditionExpression("version < :current")
                        .expressionAttributeValues(Map.of(":current", ItemBuilder.n(current.version()))));
            } catch (ConditionalCheckFailedException e) {
                // Gone already, or a newer profile covers the key again and keeps it.
            }
        }
    }

    /** The ids of the experts listed under the location's cell and the skill. */
    List<String> expertIds(GeoPoint location, String skill) {
        return cells.everything(key(CellGrid.cellOf(location), skill)).stream()
                .map(item -> item.get(ExpertItems.KEY).s()).toList();
    }
}
