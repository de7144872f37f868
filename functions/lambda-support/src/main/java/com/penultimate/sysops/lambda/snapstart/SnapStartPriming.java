package com.penultimate.sysops.lambda.snapstart;

import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * SnapStart priming: before Lambda snapshots the initialised function, reads every table the function is
 * configured with ({@code describeTable}, then {@code GetItem} of a key no item has), so the snapshot holds
 * a warmed DynamoDB client, its HTTP stack and marshallers. It only reads; restored copies share nothing
 * written here. Outside SnapStart (no CRaC runtime) registering is a no-op and nothing is read.
 */
@Context
@Requires(classes = {DynamoDbClient.class, Core.class})
public class SnapStartPriming implements Resource {
    static final String ABSENT_KEY = "snapstart-priming-no-such-item";

    // Resolved only when priming runs: registering at start must not build the client or the settings early.
    private final BeanProvider<DynamoDbClient> dynamoDb;
    private final BeanProvider<SysopsSettings> settings;

    SnapStartPriming(BeanProvider<DynamoDbClient> dynamoDb, BeanProvider<SysopsSettings> settings) {
        this.dynamoDb = dynamoDb;
        this.settings = settings;
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to refresh: priming kept no state, and the client reconnects on its own.
    }

    /** Reads each configured table once; returns the tables read. */
    List<String> prime() {
        List<String> primed = new ArrayList<>();
        Map<String, String> tables = settings.get().tables() == null ? Map.of() : settings.get().tables();
        DynamoDbClient client = dynamoDb.get();
        for (String table : tables.values().stream().distinct().sorted().toList()) {
            TableDescription description = client.describeTable(b -> b.tableName(table)).table();
            client.getItem(b -> b.tableName(table).key(absentKey(description)));
            primed.add(table);
        }
        return primed;
    }

    /** A key of the table's schema that no item has. */
    static Map<String, AttributeValue> absentKey(TableDescription table) {
        Map<String, String> types = new HashMap<>();
        for (AttributeDefinition attribute : table.attributeDefinitions()) {
            types.put(attribute.attributeName(), attribute.attributeTypeAsString());
        }
        Map<String, AttributeValue> key = new HashMap<>();
        for (KeySchemaElement element : table.keySchema()) {
            key.put(element.attributeName(), switch (types.get(element.attributeName())) {
                case "N" -> AttributeValue.fromN("-1");
                case "B" -> AttributeValue.fromB(SdkBytes.fromUtf8String(ABSENT_KEY));
                default -> AttributeValue.fromS(ABSENT_KEY);
            });
        }
        return key;
    }
}
