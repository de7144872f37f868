package com.penultimate.sysops.local.dynamodb;

import com.penultimate.sysops.local.template.TableSpec;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;

/** Creates the template's tables, exactly as declared, in a DynamoDB engine; existing tables are kept. */
public final class TemplateTables {
    private final DynamoDbClient dynamoDb;

    public TemplateTables(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** Creates every missing table and returns how many it created. */
    public int createAll(List<TableSpec> tables) {
        int created = 0;
        for (TableSpec table : tables) {
            try {
                dynamoDb.createTable(request(table));
                Object ttl = table.properties().get("TimeToLiveSpecification");
                if (ttl instanceof Map<?, ?> spec && Boolean.TRUE.equals(spec.get("Enabled"))) {
                    String attribute = (String) spec.get("AttributeName");
                    dynamoDb.updateTimeToLive(r -> r.tableName(table.tableName())
                            .timeToLiveSpecification(t -> t.enabled(true).attributeName(attribute)));
                }
                created++;
            } catch (ResourceInUseException alreadyThere) {
                // a persistent data directory from an earlier run: keep its data
            }
        }
        return created;
    }

    @SuppressWarnings("unchecked")
    static CreateTableRequest request(TableSpec table) {
        Map<String, Object> p = table.properties();
        CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(table.tableName())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(list(p, "AttributeDefinitions").stream().map(a -> AttributeDefinition.builder()
                        .attributeName((String) a.get("AttributeName"))
                        .attributeType((String) a.get("AttributeType")).build()).toList())
                .keySchema(keys(list(p, "KeySchema")));
        List<Map<String, Object>> indexes = list(p, "GlobalSecondaryIndexes");
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes.stream().map(i -> {
                Map<String, Object> projection = (Map<String, Object>) i.get("Projection");
                return GlobalSecondaryIndex.builder().indexName((String) i.get("IndexName"))
                        .keySchema(keys((List<Map<String, Object>>) i.get("KeySchema")))
                        .projection(Projection.builder().projectionType((String) projection.get("ProjectionType"))
                                .nonKeyAttributes((List<String>) projection.get("NonKeyAttributes")).build())
                        .build();
            }).toList());
        }
        Object stream = p.get("StreamSpecification");
        if (stream instanceof Map<?, ?> spec) {
            request.streamSpecification(StreamSpecification.builder().streamEnabled(true)
                    .streamViewType((String) spec.get("StreamViewType")).build());
        }
        return request.build();
    }

    private static List<KeySchemaElement> keys(List<Map<String, Object>> schema) {
        return schema.stream().map(k -> KeySchemaElement.builder().attributeName((String) k.get("AttributeName"))
                .keyType((String) k.get("KeyType")).build()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> properties, String key) {
        return (List<Map<String, Object>>) properties.getOrDefault(key, List.of());
    }
}
