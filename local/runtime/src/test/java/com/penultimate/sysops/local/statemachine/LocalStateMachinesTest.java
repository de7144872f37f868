package com.penultimate.sysops.local.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.asl.ExecutionDescription;
import com.penultimate.sysops.local.asl.ExecutionStatus;
import com.penultimate.sysops.local.asl.ManualWorkflowClock;
import com.penultimate.sysops.local.embedded.EmbeddedSqs;
import com.penultimate.sysops.local.outbox.Outbox;
import com.penultimate.sysops.local.outbox.OutboxMessage;
import com.penultimate.sysops.local.services.AsyncLambdaInvoker;
import com.penultimate.sysops.local.services.LambdaInvoker;
import com.penultimate.sysops.local.services.LambdaServiceException;
import com.penultimate.sysops.local.services.LocalSns;
import com.penultimate.sysops.local.services.LocalTopics;
import com.penultimate.sysops.local.services.TemplateDocument;
import com.penultimate.sysops.local.sqs.LocalQueues;
import com.penultimate.sysops.local.sqs.LocalSqsClient;
import com.penultimate.sysops.local.sqs.SqsTemplate;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

class LocalStateMachinesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger STAGES = new AtomicInteger();
    private static EmbeddedSqs engine;
    private static SqsClient sqs;

    private final ManualWorkflowClock clock = new ManualWorkflowClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final Outbox outbox = new Outbox(Clock.systemUTC());
    private final List<JsonNode> payloads = new CopyOnWriteArrayList<>();
    private TemplateDocument template;
    private Path root;
    private LocalQueues queues;
    private AsyncLambdaInvoker async;
    private LocalStateMachines machines;

    @BeforeAll
    static void startSqs() {
        engine = EmbeddedSqs.startOnFreePort();
        sqs = LocalSqsClient.create(engine.endpoint());
    }

    @AfterAll
    static void stopSqs() {
        sqs.close();
        engine.close();
    }

    @BeforeEach
    void readTemplate() throws Exception {
        root = Path.of(getClass().getResource("/local").toURI());
        template = TemplateDocument.read(root.resolve("statemachine-template.yaml"),
                Map.of("Stage", "s" + STAGES.incrementAndGet()), engine.endpoint());
        queues = new LocalQueues(sqs);
        queues.createAll(SqsTemplate.queues(template));
        async = new AsyncLambdaInvoker((f, e) -> "null", clock, Executors.newSingleThreadExecutor(), List.of());
    }

    @AfterEach
    void stop() throws Exception {
        if (machines != null) {
            machines.close(Duration.ofSeconds(5));
        }
        async.close(Duration.ofSeconds(5));
    }

    @Test
    void substitutions_resolveToLocalArnsAndUrls() {
        start((function, event) -> "{}");

        StateMachineSpec spec = machines.specs().get(0);
        assertThat(spec.name()).startsWith("flow-s");
        assertThat(spec.substitutions()).containsEntry("MatchingFunctionArn",
                "arn:aws:lambda:us-east-1:000000000000:function:flow-matching-" + spec.name().substring(5));
        assertThat(spec.substitutions()).containsEntry("NotificationsQueueUrl", queues.url("NotificationsQueue"));
        assertThat(machines.arn("TicketFlow")).isEqualTo("arn:aws:states:us-east-1:000000000000:stateMachine:"
                + spec.name());
    }

    @Test
    void matchedTicket_callsTheFunctionByItsArn_andQueuesTheNotification() throws Exception {
        start((function, event) -> {
            assertThat(function).isEqualTo("MatchingFunction");
            payloads.add(JSON.readTree(event));
            return "{\"expertId\":\"exp-07\"}";
        });

        ExecutionDescription done = run("T1");
        List<Message> queued = sqs.receiveMessage(b -> b.queueUrl(queues.url("NotificationsQueue"))
                .waitTimeSeconds(5)).messages();

        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(payloads).singleElement().satisfies(p -> assertThat(p.path("ticketId").asText()).isEqualTo("T1"));
        assertThat(queued).singleElement().satisfies(m -> assertThat(JSON.readTree(m.body()))
                .isEqualTo(JSON.readTree("{\"ticketId\":\"T1\",\"expertId\":\"exp-07\"}")));
    }

    @Test
    void functionErrorOfItsOwnType_isCaughtByClassName_andTheManagersAreAlerted() throws Exception {
        start((function, event) -> {
            throw new NoExpertFoundException("nobody within 30 km");
        });

        ExecutionDescription done = run("T2");

        assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(done.error()).isEqualTo("NoExpert");
        assertThat(outbox.messages()).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(OutboxMessage.Channel.TOPIC);
            assertThat(m.subject()).isEqualTo("No expert found");
            assertThat(m.body()).isEqualTo("Ticket T2 has no expert");
        });
    }

    @Test
    void lambdaServiceException_isRetriedAsTheDefinitionSays() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        start((function, event) -> {
            if (calls.incrementAndGet() == 1) {
                throw LambdaServiceException.unavailable(function, null);
            }
            return "{\"expertId\":\"exp-02\"}";
        });

        machines.engine().start(machines.arn("TicketFlow"), "T3", "{\"ticketId\":\"T3\"}");
        assertThat(machines.engine().describe("T3").status()).isEqualTo(ExecutionStatus.RUNNING);
        clock.advance(Duration.ofSeconds(2));

        assertThat(machines.engine().describe("T3").status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(calls).hasValue(2);
    }

    private void start(LambdaInvoker invoker) {
        LocalSns sns = new LocalSns(outbox, LocalTopics.fromTemplate(template, async));
        machines = LocalStateMachines.builder(template, root)
                .withLambdaInvoker(invoker)
                .withIntegration(ServiceTasks.SQS_SEND_MESSAGE, ServiceTasks.sqsSendMessage(sqs))
                .withIntegration(ServiceTasks.SNS_PUBLISH, ServiceTasks.snsPublish(sns))
                .withClock(clock)
                .withExecutor(Runnable::run)
                .build();
    }

    /** With the caller's executor, start returns once the execution has ended or parked. */
    private ExecutionDescription run(String ticketId) {
        machines.engine().start(machines.arn("TicketFlow"), ticketId, "{\"ticketId\":\"" + ticketId + "\"}");
        return machines.engine().describe(ticketId);
    }
}
