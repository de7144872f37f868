package com.penultimate.sysops.local.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.local.embedded.EmbeddedDynamoDb;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The DynamoDB meter through its proxy in front of DynamoDB Local, driven by the real SDK client. */
class DynamoDbCapacityMeterTest {
    private static final Map<String, AttributeValue> KEY = Map.of("pk", AttributeValue.fromS("t-1"));
    private static EmbeddedDynamoDb engine;
    private static MeteringProxy proxy;
    private static DynamoDbClient client;
    private static final Usage USAGE = new Usage();

    @BeforeAll
    static void start() throws Exception {
        engine = EmbeddedDynamoDb.startInMemory();
        proxy = MeteringProxy.start(engine.endpoint(), new DynamoDbCapacityMeter(USAGE), "dynamodb-test");
        client = DynamoDbClient.builder().endpointOverride(proxy.endpoint()).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
        client.createTable(t -> t.tableName("Tickets").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S)));
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        proxy.close();
        engine.close();
    }

    @Test
    void writesAndReads_countedInRequestUnitsFromTheEngine_andHiddenFromACallerWhoDidNotAsk() {
        UsageSnapshot before = USAGE.snapshot();
        PutItemResponse put = client.putItem(p -> p.tableName("Tickets").item(Map.of("pk", AttributeValue.fromS("t-1"),
                "status", AttributeValue.fromS("RECEIVED"))));
        GetItemResponse eventual = client.getItem(g -> g.tableName("Tickets").key(KEY));
        client.getItem(g -> g.tableName("Tickets").key(KEY).consistentRead(true));

        UsageSnapshot used = USAGE.snapshot().since(before);
        assertThat(used.get("dynamodb.wru.Tickets")).isEqualTo(1.0);
        assertThat(used.get("dynamodb.rru.Tickets")).isEqualTo(1.5);
        assertThat(put.consumedCapacity()).isNull();
        assertThat(eventual.consumedCapacity()).isNull();
        assertThat(eventual.item()).containsEntry("status", AttributeValue.fromS("RECEIVED"));
    }

    @Test
    void callerWhoAsksForCapacity_stillGetsIt() {
        UsageSnapshot before = USAGE.snapshot();
        GetItemResponse get = client.getItem(g -> g.tableName("Tickets").key(KEY).consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

        assertThat(get.consumedCapacity().capacityUnits()).isEqualTo(1.0);
        assertThat(USAGE.snapshot().since(before).get("dynamodb.rru.Tickets")).isEqualTo(1.0);
    }

    @Test
    void writeRefusedByItsCondition_countedAsRefused() {
        client.putItem(p -> p.tableName("Tickets").item(Map.of("pk", AttributeValue.fromS("t-2"))));
        UsageSnapshot before = USAGE.snapshot();

        assertThatThrownBy(() -> client.putItem(p -> p.tableName("Tickets")
                .item(Map.of("pk", AttributeValue.fromS("t-2"))).conditionExpression("attribute_not_exists(pk)")))
                .isInstanceOf(ConditionalCheckFailedException.class);

        UsageSnapshot used = USAGE.snapshot().since(before);
        assertThat(used.get("dynamodb.refusedWrites")).isEqualTo(1.0);
        assertThat(used.get("dynamodb.requests.PutItem")).isEqualTo(1.0);
    }
}
