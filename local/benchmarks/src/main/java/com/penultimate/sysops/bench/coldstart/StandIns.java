package com.penultimate.sysops.bench.coldstart;

import com.penultimate.sysops.local.LocalSystem;
import com.penultimate.sysops.local.auth.LocalTokenIssuer;
import com.penultimate.sysops.local.dynamodb.TemplateTables;
import com.penultimate.sysops.local.embedded.EmbeddedDynamoDb;
import com.penultimate.sysops.local.embedded.EmbeddedSqs;
import com.penultimate.sysops.local.outbox.Outbox;
import com.penultimate.sysops.local.services.EventBridgeApi;
import com.penultimate.sysops.local.services.LambdaServiceException;
import com.penultimate.sysops.local.services.LocalAwsEndpoint;
import com.penultimate.sysops.local.services.LocalSns;
import com.penultimate.sysops.local.services.LocalTopics;
import com.penultimate.sysops.local.services.PublishedEvents;
import com.penultimate.sysops.local.services.SesV2Api;
import com.penultimate.sysops.local.services.SnsQueryApi;
import com.penultimate.sysops.local.services.SnsTemplate;
import com.penultimate.sysops.local.services.StepFunctionsApi;
import com.penultimate.sysops.local.services.TemplateDocument;
import com.penultimate.sysops.local.sqs.LocalQueues;
import com.penultimate.sysops.local.sqs.LocalSqsClient;
import com.penultimate.sysops.local.sqs.SqsTemplate;
import com.penultimate.sysops.local.statemachine.LocalStateMachines;
import com.penultimate.sysops.local.template.CloudFormationYaml;
import com.penultimate.sysops.local.template.FunctionSpec;
import com.penultimate.sysops.local.template.SamTemplate;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The engines a cold function talks to, started as the local runtime starts them: DynamoDB Local with the
 * template's tables, ElasticMQ with its queues, and the local endpoint for SNS, SES, Step Functions and
 * EventBridge. No function runs in this JVM: state machine tasks and topic subscribers are not invoked, so a
 * cold function's calls are answered but start nothing behind them.
 */
final class StandIns implements AutoCloseable {
    private final List<AutoCloseable> stopOrder = new ArrayList<>();
    private final List<FunctionSpec> functions;
    private final Map<String, String> endpoints = new LinkedHashMap<>();
    private LocalTokenIssuer issuer;

    StandIns(Path root) throws Exception {
        try {
            EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.startInMemory();
            stopOrder.add(0, dynamoDb);
            EmbeddedSqs sqsEngine = EmbeddedSqs.startOnFreePort();
            stopOrder.add(0, sqsEngine);
            Map<String, Object> document = CloudFormationYaml.read(root.resolve("template.yaml"));
            TemplateDocument doc = new TemplateDocument(document, Map.of("Stage", LocalSystem.STAGE),
                    sqsEngine.endpoint());
            SamTemplate template = new SamTemplate(root, document, doc);
            functions = template.functions();
            try (DynamoDbClient admin = DynamoDbClient.builder().endpointOverride(dynamoDb.endpoint())
                    .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .build()) {
                new TemplateTables(admin).createAll(template.tables());
            }
            SqsClient sqs = LocalSqsClient.create(sqsEngine.endpoint());
            stopOrder.add(0, sqs);
            new LocalQueues(sqs).createAll(SqsTemplate.queues(doc));
            Outbox outbox = new Outbox(Clock.systemUTC());
            LocalSns sns = new LocalSns(outbox, new LocalTopics(SnsTemplate.topics(doc), List.of(), null));
            LocalStateMachines machines = LocalStateMachines.builder(doc, root)
                    .withLambdaInvoker((id, event) -> {
                        throw LambdaServiceException.notFound(id);
                    }).build();
            stopOrder.add(0, machines);
            LocalAwsEndpoint aws = new LocalAwsEndpoint(0, List.of(new SnsQueryApi(sns), new SesV2Api(outbox),
                    new StepFunctionsApi(machines.engine()),
                    new EventBridgeApi(new PublishedEvents(), Clock.systemUTC())));
            aws.start();
            stopOrder.add(0, aws);
            String services = aws.endpoint().toString();
            issuer = new LocalTokenIssuer(Clock.systemUTC());
            endpoints.put("SYSOPS_AWS_REGION", "us-east-1");
            endpoints.put("SYSOPS_AWS_ENDPOINTS_DYNAMODB", dynamoDb.endpoint().toString());
            endpoints.put("SYSOPS_AWS_ENDPOINTS_SQS", sqsEngine.endpoint().toString());
            endpoints.put("SYSOPS_AWS_ENDPOINTS_SNS", services);
            endpoints.put("SYSOPS_AWS_ENDPOINTS_SESV2", services);
            endpoints.put("SYSOPS_AWS_ENDPOINTS_SFN", services);
            endpoints.put("SYSOPS_AWS_ENDPOINTS_EVENTS", services);
            endpoints.put("SYSOPS_AUTH_JWKS", issuer.jwks());
            endpoints.put("SYSOPS_AUTH_ISSUER", LocalTokenIssuer.ISSUER);
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /** An {@code Authorization} value the functions accept, for a caller in {@code group}. */
    String token(String group) {
        return "Bearer " + issuer.mint("coldstart-" + group, List.of(group), Duration.ofHours(1));
    }

    List<FunctionSpec> functions() {
        return functions;
    }

    /**
     * The environment a cold function gets: its own from the template, with the local runtime's endpoint
     * overrides and settings as environment variables, and the "local" Micronaut environment (where its
     * local-only settings live). JVM options are the benchmark's to vary, so the template's are left out.
     */
    Map<String, String> environmentOf(FunctionSpec spec) {
        Map<String, String> environment = new LinkedHashMap<>(spec.environment());
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.putAll(endpoints);
        environment.put("AWS_REGION", "us-east-1");
        environment.put("AWS_LAMBDA_FUNCTION_NAME", spec.name());
        environment.put("MICRONAUT_ENVIRONMENTS", "local");
        environment.put(ColdLauncher.TIMEOUT_VARIABLE, Integer.toString(spec.timeoutSeconds()));
        return environment;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable step : List.copyOf(stopOrder)) {
            step.close();
        }
        stopOrder.clear();
    }
}
