package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.model.Expert;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * For benchmarks only: loads experts with BatchWriteItem, writing exactly the Experts and ExpertCells items that
 * {@link DynamoDbExpertRepository} writes (through this package's own item mappers), without its per-expert
 * conditional puts. Lives in the adapters' package to reuse those mappers rather than copy them.
 */
public final class ExpertBulkLoad {
    private final DynamoDbClient client;
    private final String expertsTable;
    private final String cellsTable;

    public ExpertBulkLoad(DynamoDbClient client, String expertsTable, String cellsTable) {
        this.client = client;
        this.expertsTable = expertsTable;
        this.cellsTable = cellsTable;
    }

    /** Writes the experts' index entries, then their profiles; the number of ExpertCells items written. */
    public int load(List<Expert> experts) {
        List<WriteRequest> cells = new ArrayList<>();
        for (Expert expert : experts) {
            for (String key : ExpertCellIndex.keysOf(expert)) {
                cells.add(WriteRequest.builder().putRequest(p -> p.item(new ItemBuilder()
                        .string(ExpertCellIndex.KEY, key).string(ExpertItems.KEY, expert.expertId())
                        .number("version", expert.version()).build())).build());
            }
        }
        BatchCalls.write(client, cellsTable, cells);
        BatchCalls.write(client, expertsTable, experts.stream()
                .map(e -> WriteRequest.builder().putRequest(p -> p.item(ExpertItems.toItem(e))).build()).toList());
        return cells.size();
    }
}
