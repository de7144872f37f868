package com.penultimate.sysops.local.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.dynamodb.TemplateTables;
import com.penultimate.sysops.local.embedded.EmbeddedDynamoDb;
import com.penultimate.sysops.local.services.LambdaInvoker;
import com.penultimate.sysops.local.services.TemplateDocument;
import com.penultimate.sysops.local.template.CloudFormationYaml;
import com.penultimate.sysops.local.template.SamTemplate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The template's DynamoDB stream event sources, reading DynamoDB Local's stream. */
class DynamoDbStreamSourcesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger STAGES = new AtomicInteger();
    private static EmbeddedDynamoDb engine;
    private static DynamoDbClient dynamoDb;

    private final BlockingQueue<JsonNode> invocations = new LinkedBlockingQueue<>();
    private DynamoDbStreamSources sources;

    @BeforeAll
    static void startEngine() {
        engine = EmbeddedDynamoDb.startInMemory();
        dynamoDb = DynamoDbClient.builder().endpointOverride(engine.endpoint()).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    @AfterAll
    static void stopEngine() {
        dynamoDb.close();
        engine.close();
    }

    @AfterEach
    void stopSources() throws InterruptedException {
        if (sources != null) {
            sources.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void eventSources_readsTheMappingFromTheTemplate() throws Exception {
        StreamEventSource source = StreamTemplate.eventSources(template("test")).get(0);

        assertThat(source).isEqualTo(new StreamEventSource("CounterFunction", "ThingChanges", "things-test", true, 10,
                true, 2, true));
    }

    @Test
    void changes_reachTheFunctionInOrderWithTheirImages() throws Exception {
        String table = startWith((id, event) -> {
            invocations.add(JSON.readTree(event));
            return "{\"batchItemFailures\":[]}";
        });

        put(table, "a", "1");
        put(table, "a", "2");

        List<JsonNode> records = records(2);
        assertThat(records.get(0).get("eventName").asText()).isEqualTo("INSERT");
        assertThat(records.get(0).at("/dynamodb/NewImage/value/S").asText()).isEqualTo("1");
        assertThat(records.get(1).get("eventName").asText()).isEqualTo("MODIFY");
        assertThat(records.get(1).at("/dynamodb/OldImage/value/S").asText()).isEqualTo("1");
        assertThat(records.get(1).at("/dynamodb/NewImage/tags/L/0/M/n/N").asText()).isEqualTo("7");
        assertThat(records.get(1).get("eventSourceARN").asText()).contains("things-");
    }

    @Test
    void aReportedFailure_isRetriedFromThatRecord_andGivenUpAfterTheRetries() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String table = startWith((id, event) -> {
            JsonNode parsed = JSON.readTree(event);
            invocations.add(parsed);
            JsonNode failing = null;
            for (JsonNode r : parsed.get("Records")) {
                if (r.at("/dynamodb/NewImage/id/S").asText().equals("bad") && failing == null) {
                    failing = r;
                }
            }
            calls.incrementAndGet();
            return failing == null ? "{}" : "{\"batchItemFailures\":[{\"itemIdentifier\":\""
                    + failing.at("/dynamodb/SequenceNumber").asText() + "\"}]}";
        });

        put(table, "good", "1");
        put(table, "bad", "1");

        List<String> ids = ids(invocations.poll(20, TimeUnit.SECONDS));
        if (!ids.contains("bad")) {
            ids = ids(invocations.poll(20, TimeUnit.SECONDS));
        }
        assertThat(ids).endsWith("bad");
        for (int retry = 0; retry < 2; retry++) {
            assertThat(ids(invocations.poll(20, TimeUnit.SECONDS))).containsExactly("bad");
        }
        put(table, "later", "1");
        assertThat(ids(invocations.poll(20, TimeUnit.SECONDS))).containsExactly("later");
    }

    @Test
    void aStreamFromAnythingButATable_isRefused() {
        Map<String, Object> document = Map.of("Resources", Map.of(
                "Q", Map.of("Type", "AWS::SQS::Queue", "Properties", Map.of()),
                "F", Map.of("Type", "AWS::Serverless::Function", "Properties", Map.of("Events", Map.of("E", Map.of(
                        "Type", "DynamoDB", "Properties", Map.of("Stream", Map.of("Fn::GetAtt", List.of("Q", "Arn")),
                                "StartingPosition", "LATEST")))))));

        assertThatThrownBy(() -> StreamTemplate.eventSources(new TemplateDocument(document, Map.of(), null)))
                .hasMessageContaining("F.E: Stream must be !GetAtt <table>.StreamArn");
    }

    private String startWith(LambdaInvoker invoker) throws Exception {
        String stage = "s" + STAGES.incrementAndGet();
        TemplateDocument template = template(stage);
        new TemplateTables(dynamoDb).createAll(new SamTemplate(Path.of("."), CloudFormationYaml.read(templateFile()),
                template).tables());
        sources = new DynamoDbStreamSources(engine.endpoint(), invoker);
        assertThat(sources.start(StreamTemplate.eventSources(template))).isEqualTo(1);
        return "things-" + stage;
    }

    private static TemplateDocument template(String stage) throws Exception {
        return TemplateDocument.read(templateFile(), Map.of("Stage", stage), null);
    }

    private static Path templateFile() throws Exception {
        return Path.of(DynamoDbStreamSourcesTest.class.getResource("/local/stream-template.yaml").toURI());
    }

    private static void put(String table, String id, String value) {
        AttributeValue tags = AttributeValue.fromL(
                List.of(AttributeValue.fromM(Map.of("n", AttributeValue.fromN("7")))));
        dynamoDb.putItem(put -> put.tableName(table).item(Map.of("id", AttributeValue.fromS(id),
                "value", AttributeValue.fromS(value), "tags", tags)));
    }

    private List<JsonNode> records(int count) throws InterruptedException {
        List<JsonNode> records = new ArrayList<>();
        while (records.size() < count) {
            JsonNode event = invocations.poll(20, TimeUnit.SECONDS);
            assertThat(event).as("an invocation").isNotNull();
            event.get("Records").forEach(records::add);
        }
        return records;
    }

    private static List<String> ids(JsonNode event) {
        assertThat(event).as("an invocation").isNotNull();
        List<String> ids = new ArrayList<>();
        event.get("Records").forEach(r -> ids.add(r.at("/dynamodb/NewImage/id/S").asText()));
        return ids;
    }
}
