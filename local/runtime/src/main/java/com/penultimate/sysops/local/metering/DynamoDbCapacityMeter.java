package com.penultimate.sysops.local.metering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Meters DynamoDB by the engine's own figures: asks for {@code ReturnConsumedCapacity: TOTAL} on every
 * operation that reports it, adds the answer's capacity units to {@code dynamodb.rru.<table>} or
 * {@code dynamodb.wru.<table>} (on-demand read and write request units), and takes the figures out again when
 * the caller had not asked for them. A write refused by its condition is billed by DynamoDB but reports no
 * capacity; it is counted in {@code dynamodb.refusedWrites}.
 */
public final class DynamoDbCapacityMeter implements WireMeter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> READS = Set.of("GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems");
    private static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
            "TransactWriteItems");

    private final Usage usage;

    public DynamoDbCapacityMeter(Usage usage) {
        this.usage = usage;
    }

    @Override
    public Exchange request(String operation, byte[] body) {
        usage.increment("dynamodb.requests." + operation);
        if (!READS.contains(operation) && !WRITES.contains(operation)) {
            return passThrough(body);
        }
        ObjectNode request = (ObjectNode) read(body);
        boolean asked = request.has("ReturnConsumedCapacity")
                && !request.get("ReturnConsumedCapacity").asText().equals("NONE");
        if (!asked) {
            request.put("ReturnConsumedCapacity", "TOTAL");
        }
        String unit = READS.contains(operation) ? "dynamodb.rru." : "dynamodb.wru.";
        byte[] forwarded = asked ? body : write(request);
        return new Exchange() {
            @Override
            public byte[] body() {
                return forwarded;
            }

            @Override
            public byte[] response(int status, byte[] answer) {
                if (status != 200) {
                    if (WRITES.contains(operation) && new String(answer).contains("ConditionalCheckFailed")) {
                        usage.increment("dynamodb.refusedWrites");
                    }
                    return answer;
                }
                ObjectNode response = (ObjectNode) read(answer);
                JsonNode consumed = response.path("ConsumedCapacity");
                for (JsonNode table : consumed.isArray() ? consumed : JSON.createArrayNode().add(consumed)) {
                    if (table.has("CapacityUnits")) {
                        usage.add(unit + table.path("TableName").asText("?"), table.get("CapacityUnits").asDouble());
                    }
                }
                if (asked) {
                    return answer;
                }
                response.remove("ConsumedCapacity");
                return write(response);
            }
        };
    }

    private static Exchange passThrough(byte[] body) {
        return new Exchange() {
            @Override
            public byte[] body() {
                return body;
            }

            @Override
            public byte[] response(int status, byte[] answer) {
                return answer;
            }
        };
    }

    private static JsonNode read(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
