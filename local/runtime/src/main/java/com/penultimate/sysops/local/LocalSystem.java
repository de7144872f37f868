package com.penultimate.sysops.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penultimate.sysops.local.asl.ExecutionStore;
import com.penultimate.sysops.local.asl.FileExecutionStore;
import com.penultimate.sysops.local.asl.ScaledWorkflowClock;
import com.penultimate.sysops.local.asl.WorkflowEngine;
import com.penultimate.sysops.local.auth.LocalTokenIssuer;
import com.penultimate.sysops.local.demo.DemoData;
import com.penultimate.sysops.local.dynamodb.TemplateTables;
import com.penultimate.sysops.local.embedded.EmbeddedDynamoDb;
import com.penultimate.sysops.local.embedded.EmbeddedSqs;
import com.penultimate.sysops.local.embedded.Loopback;
import com.penultimate.sysops.local.faults.FaultInjector;
import com.penultimate.sysops.local.faults.FaultPlan;
import com.penultimate.sysops.local.gateway.HealthEndpoint;
import com.penultimate.sysops.local.gateway.LocalApiGateway;
import com.penultimate.sysops.local.gateway.TokenEndpoint;
import com.penultimate.sysops.local.openapi.OpenApiDocument;
import com.penultimate.sysops.local.openapi.OpenApiEndpoint;
import com.penultimate.sysops.local.openapi.SwaggerUiHandler;
import com.penultimate.sysops.local.lambda.LocalFunction;
import com.penultimate.sysops.local.metering.DynamoDbCapacityMeter;
import com.penultimate.sysops.local.metering.InvocationMeter;
import com.penultimate.sysops.local.metering.MeteringProxy;
import com.penultimate.sysops.local.metering.ServiceRequestMeter;
import com.penultimate.sysops.local.metering.SqsRequestMeter;
import com.penultimate.sysops.local.metering.StateTransitionMeter;
import com.penultimate.sysops.local.metering.Usage;
import com.penultimate.sysops.local.metering.UsageSnapshot;
import com.penultimate.sysops.local.outbox.Outbox;
import com.penultimate.sysops.local.outbox.OutboxEndpoint;
import com.penultimate.sysops.local.outbox.ProvidersEndpoint;
import com.penultimate.sysops.local.schedule.FireScheduleEndpoint;
import com.penultimate.sysops.local.schedule.LocalSchedules;
import com.penultimate.sysops.local.schedule.ScheduleSpec;
import com.penultimate.sysops.local.schedule.ScheduleTemplate;
import com.penultimate.sysops.local.schedule.SchedulesEndpoint;
import com.penultimate.sysops.local.services.AsyncLambdaInvoker;
import com.penultimate.sysops.local.services.EventBridgeApi;
import com.penultimate.sysops.local.services.InboundSmsEndpoint;
import com.penultimate.sysops.local.services.LambdaInvoker;
import com.penultimate.sysops.local.services.LambdaServiceException;
import com.penultimate.sysops.local.services.LocalAwsEndpoint;
import com.penultimate.sysops.local.services.LocalSns;
import com.penultimate.sysops.local.services.LocalTopics;
import com.penultimate.sysops.local.services.PublishedEvents;
import com.penultimate.sysops.local.services.SesV2Api;
import com.penultimate.sysops.local.services.SnsQueryApi;
import com.penultimate.sysops.local.services.StepFunctionsApi;
import com.penultimate.sysops.local.services.TemplateDocument;
import com.penultimate.sysops.local.sqs.FunctionDeadLetterQueues;
import com.penultimate.sysops.local.sqs.LocalQueues;
import com.penultimate.sysops.local.sqs.LocalSqsClient;
import com.penultimate.sysops.local.sqs.SqsEventSources;
import com.penultimate.sysops.local.sqs.SqsTemplate;
import com.penultimate.sysops.local.statemachine.LocalStateMachines;
import com.penultimate.sysops.local.statemachine.ServiceTasks;
import com.penultimate.sysops.local.statemachine.TimeScale;
import com.penultimate.sysops.local.streams.DynamoDbStreamSources;
import com.penultimate.sysops.local.streams.StreamTemplate;
import com.penultimate.sysops.local.template.CloudFormationYaml;
import com.penultimate.sysops.local.template.FunctionSpec;
import com.penultimate.sysops.local.template.SamTemplate;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The whole system in this JVM, wired from {@code template.yaml}: DynamoDB Local with the template's tables,
 * ElasticMQ with its queues and their dead-letter redrive, a local endpoint for SNS, SES, Step Functions and
 * EventBridge (sent SMS and email land in an outbox), the real state machine on the local interpreter,
 * every function loaded from its deployable jar, SQS and DynamoDB stream event sources, schedules, the HTTP
 * API, a token issuer and the demo data.
 */
public final class LocalSystem implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalSystem.class);
    public static final String STAGE = "local";
    /** The number experts text their replies to, locally. */
    public static final String SMS_NUMBER = "+18005550100";

    private final List<AutoCloseable> stopOrder = new ArrayList<>();
    private LocalApiGateway gateway;
    private LocalTokenIssuer issuer;
    private Outbox outbox;
    private LocalStateMachines machines;
    private LocalQueues queues;
    private LocalSchedules schedules;
    private ScaledWorkflowClock clock;
    private URI dynamoDbEndpoint;
    private FaultInjector faults = FaultInjector.none();
    private final Map<String, LocalFunction> functions = new ConcurrentHashMap<>();
    private final Usage usage = new Usage();

    private LocalSystem() {
    }

    /**
     * How to run: where the repository is, the HTTP port (0 for any free one), a data directory (null keeps
     * everything in memory), whether to load the demo data, and how much faster than real time workflow
     * timers run (1 = real time).
     */
    public record Settings(Path root, int port, Path dataDir, boolean demoData, double timeScale) {
    }

    /** Starts with the faults {@code SYSOPS_FAULTS} asks for, if any (none by default). */
    public static LocalSystem start(Settings settings) throws Exception {
        return start(settings, FaultPlan.fromEnvironment());
    }

    /** Starts with faults injected into every function's invocations and SQS deliveries by {@code faults}. */
    public static LocalSystem start(Settings settings, FaultPlan faults) throws Exception {
        LocalSystem system = new LocalSystem();
        system.faults = new FaultInjector(faults);
        try {
            system.boot(settings);
            return system;
        } catch (Exception e) {
            system.close();
            throw e;
        }
    }

    private void boot(Settings settings) throws Exception {
        long started = System.nanoTime();
        EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.start(Loopback.freePort(), settings.dataDir());
        stopOrder.add(0, dynamoDb);
        dynamoDbEndpoint = dynamoDb.endpoint();
        EmbeddedSqs sqsEngine = EmbeddedSqs.startOnFreePort();
        stopOrder.add(0, sqsEngine::close);
        // Functions and pollers reach the engines through metering proxies (billable usage, see usage()).
        MeteringProxy meteredDynamoDb = MeteringProxy.start(dynamoDb.endpoint(),
                new DynamoDbCapacityMeter(usage), "dynamodb");
        stopOrder.add(0, meteredDynamoDb);
        MeteringProxy meteredSqs = MeteringProxy.start(sqsEngine.endpoint(), new SqsRequestMeter(usage), "sqs");
        stopOrder.add(0, meteredSqs);
        Map<String, Object> document = CloudFormationYaml.read(settings.root().resolve("template.yaml"));
        TemplateDocument doc = new TemplateDocument(document, Map.of("Stage", STAGE), sqsEngine.endpoint());
        SamTemplate template = new SamTemplate(settings.root(), document, doc);
        try (DynamoDbClient admin = client(dynamoDb.endpoint())) {
            int created = new TemplateTables(admin).createAll(template.tables());
            LOG.info("DynamoDB Local at {}: {} tables from template.yaml ({} new)", dynamoDb.endpoint(),
                    template.tables().size(), created);
        }
        SqsClient sqs = LocalSqsClient.create(meteredSqs.endpoint());
        stopOrder.add(0, sqs);
        queues = new LocalQueues(sqs);
        queues.createAll(SqsTemplate.queues(doc));
        clock = new TimeScale(settings.timeScale()).clock();
        stopOrder.add(0, clock);

        LambdaInvoker lambda = (id, event) -> {
            LocalFunction f = functions.get(id);
            if (f == null) {
                throw LambdaServiceException.notFound(id);
            }
            return f.invoke(event, f.newInvocation());
        };
        outbox = new Outbox(Clock.systemUTC());
        AsyncLambdaInvoker async = AsyncLambdaInvoker.create(lambda, clock,
                FunctionDeadLetterQueues.fromTemplate(doc, sqs, queues));
        LocalTopics topics = LocalTopics.fromTemplate(doc, async);
        LocalSns sns = new LocalSns(outbox, topics);
        ServiceRequestMeter meter = new ServiceRequestMeter(usage);
        machines = LocalStateMachines.builder(doc, settings.root()).withLambdaInvoker(lambda).withClock(clock)
                .withListener(new StateTransitionMeter(usage))
                .withIntegration(ServiceTasks.SQS_SEND_MESSAGE, ServiceTasks.sqsSendMessage(sqs))
                .withIntegration(ServiceTasks.SNS_PUBLISH, meter.meterSnsPublish(ServiceTasks.snsPublish(sns)))
                .withExecutionStore(settings.dataDir() == null ? ExecutionStore.NONE
                        : new FileExecutionStore(settings.dataDir().resolve("executions"))).build();
        LocalAwsEndpoint aws = new LocalAwsEndpoint(0, List.of(new SnsQueryApi(sns), new SesV2Api(outbox),
                new StepFunctionsApi(machines.engine()), new EventBridgeApi(new PublishedEvents(), Clock.systemUTC()))
                .stream().map(meter::meter).toList());
        aws.start();

        issuer = new LocalTokenIssuer(Clock.systemUTC());
        String services = aws.endpoint().toString();
        Map<String, String> overrides = Map.of(
                "sysops.aws.region", "us-east-1",
                "sysops.aws.endpoints.dynamodb", meteredDynamoDb.endpoint().toString(),
                "sysops.aws.endpoints.sqs", meteredSqs.endpoint().toString(),
                "sysops.aws.endpoints.sns", services,
                "sysops.aws.endpoints.sesv2", services,
                "sysops.aws.endpoints.sfn", services,
                "sysops.aws.endpoints.events", services,
                "sysops.auth.jwks", issuer.jwks(),
                "sysops.auth.issuer", LocalTokenIssuer.ISSUER);
        int port = settings.port() == 0 ? Loopback.freePort() : settings.port();
        gateway = new LocalApiGateway(port, issuer, 16);
        HealthEndpoint health = new HealthEndpoint();
        for (FunctionSpec spec : template.functions()) {
            long t0 = System.nanoTime();
            LocalFunction function = new LocalFunction(spec, overrides, InvocationMeter.into(usage));
            function.injectFaults(faults);
            functions.put(spec.logicalId(), function);
            stopOrder.add(0, function);
            gateway.bind(function);
            LOG.info("{} ready in {} ms", spec.name(), (System.nanoTime() - t0) / 1_000_000);
        }
        stopOrder.add(0, () -> aws.stop(5));
        stopOrder.add(0, () -> machines.close(Duration.ofSeconds(10)));
        stopOrder.add(0, () -> async.close());
        SqsEventSources sources = new SqsEventSources(sqs, queues, lambda, (source, message) ->
                faults.duplicate(source.functionLogicalId(), functions.get(source.functionLogicalId()).spec().name()));
        sources.start(SqsTemplate.eventSources(doc));
        stopOrder.add(0, () -> sources.stop(Duration.ofSeconds(20)));
        DynamoDbStreamSources streams = new DynamoDbStreamSources(dynamoDb.endpoint(), lambda);
        streams.start(StreamTemplate.eventSources(doc));
        stopOrder.add(0, () -> streams.stop(Duration.ofSeconds(20)));
        int resumed = machines.engine().resume();
        if (resumed > 0) {
            LOG.info("{} workflow executions resumed from {}", resumed, settings.dataDir());
        }
        schedules = new LocalSchedules(ScheduleTemplate.read(doc), async, clock);
        schedules.start();
        stopOrder.add(0, schedules);

        gateway.add(health);
        gateway.add(new TokenEndpoint(issuer));
        gateway.add(new OutboxEndpoint(outbox));
        gateway.add(new ProvidersEndpoint(outbox.providers()));
        gateway.add(new InboundSmsEndpoint(topics, "InboundSmsTopic", SMS_NUMBER, "SYSOPS", outbox, Clock.systemUTC()));
        gateway.add(new SchedulesEndpoint(schedules));
        gateway.add(new FireScheduleEndpoint(schedules));
        gateway.add(new OpenApiEndpoint(OpenApiDocument.toJson(OpenApiDocument.merge(
                template.functions().stream().map(FunctionSpec::codeUri).toList()))));
        gateway.serve("/docs", new SwaggerUiHandler());
        gateway.start();
        stopOrder.add(0, () -> gateway.stop(10));

        ObjectNode summary = new ObjectMapper().createObjectNode().put("status", "UP")
                .put("functions", functions.size()).put("tables", template.tables().size())
                .put("queues", queues.logicalIds().size()).put("timeScale", settings.timeScale());
        if (settings.demoData()) {
            DemoData.Loaded loaded = new DemoData(baseUri(), issuer, LocalDate.now()).load();
            summary.putPOJO("demoData", loaded);
            LOG.info("demo data: {}", loaded);
        }
        if (!faults.plan().isOff()) {
            summary.put("faults", faults.plan().rates().toString());
            LOG.warn("fault injection is on: {}", faults.plan());
        }
        health.ready(summary.toString());
        LOG.info("Sysops Squad is up at {} in {} ms", baseUri(), (System.nanoTime() - started) / 1_000_000);
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + gateway.port());
    }

    public URI dynamoDbEndpoint() {
        return dynamoDbEndpoint;
    }

    public LocalTokenIssuer tokens() {
        return issuer;
    }

    public Outbox outbox() {
        return outbox;
    }

    public WorkflowEngine workflows() {
        return machines.engine();
    }

    public LocalQueues queues() {
        return queues;
    }

    /** Billable usage counted since start: Lambda, Step Functions, DynamoDB, SQS, SNS, SES (metering package). */
    public UsageSnapshot usage() {
        return usage.snapshot();
    }

    /**
     * Changes how much faster than real time workflows and schedules run from now on (see
     * {@link ScaledWorkflowClock#changeMultiplier}); a benchmark fast-forwards through the survey Wait with it.
     */
    public void changeTimeScale(double multiplier) {
        clock.changeMultiplier(multiplier);
    }

    /** Calls off the template's schedules (sweeper, billing day, weekly report) for the rest of this run. */
    public void stopSchedules() {
        schedules.close();
    }

    /**
     * The ARNs of the schedules whose runs only reconcile state (the ticket sweeper, the one function the template
     * names {@code TicketSweeperFunction}): a lost run is made good by the next one.
     */
    public Set<String> reconcilingSchedules() {
        return schedules.schedules().stream().filter(s -> s.functionLogicalId().equals("TicketSweeperFunction"))
                .map(ScheduleSpec::arn).collect(Collectors.toSet());
    }

    /** The faults injected so far (none unless the system started with a fault plan). */
    public FaultInjector faults() {
        return faults;
    }

    /** The loaded functions by logical id. */
    public Map<String, LocalFunction> functions() {
        return Map.copyOf(functions);
    }

    /**
     * Stops in dependency order: no new requests, no new schedule firings, queue pollers finish the batches
     * in hand, workflows and async invocations drain, then the functions and the engines close.
     */
    @Override
    public void close() throws Exception {
        for (AutoCloseable step : List.copyOf(stopOrder)) {
            try {
                step.close();
            } catch (Exception e) {
                LOG.warn("a component did not stop cleanly", e);
            }
        }
        stopOrder.clear();
    }

    static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }
}
