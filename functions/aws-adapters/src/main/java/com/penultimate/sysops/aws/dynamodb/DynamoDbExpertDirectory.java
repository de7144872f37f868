package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.port.ExpertDirectory;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link ExpertDirectory} on the ExpertCells index that {@link DynamoDbExpertRepository} maintains: one Query
 * on {@code <cell of the location>#<skill>}, then BatchGetItem of those experts from the Experts table
 * (eventually consistent: the reservation re-checks capacity and availability atomically). Experts come
 * back ordered by id; an index entry whose expert is gone is skipped.
 */
public final class DynamoDbExpertDirectory implements ExpertDirectory {
    private final DynamoDbClient client;
    private final String expertsTable;
    private final ExpertCellIndex cells;

    public DynamoDbExpertDirectory(DynamoDbClient client, String expertsTable, String cellsTable) {
        this.client = client;
        this.expertsTable = expertsTable;
        this.cells = new ExpertCellIndex(client, cellsTable);
    }

    @Override
    public List<Expert> candidates(GeoPoint location, String skill) {
        List<Map<String, AttributeValue>> keys = cells.expertIds(location, skill).stream()
                .map(id -> Map.of(ExpertItems.KEY, ItemBuilder.s(id))).toList();
        return BatchCalls.get(client, expertsTable, keys).stream().map(ExpertItems::fromItem)
                .sorted(Comparator.comparing(Expert::expertId)).toList();
    }
}
