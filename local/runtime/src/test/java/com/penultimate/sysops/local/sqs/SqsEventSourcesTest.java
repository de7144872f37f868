package com.penultimate.sysops.local.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.asl.ManualWorkflowClock;
import com.penultimate.sysops.local.embedded.EmbeddedSqs;
import com.penultimate.sysops.local.services.AsyncLambdaInvoker;
import com.penultimate.sysops.local.services.CallerRunsExecutor;
import com.penultimate.sysops.local.services.LambdaInvoker;
import com.penultimate.sysops.local.services.TemplateDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

class SqsEventSourcesTest {
    private static final AtomicInteger STAGES = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedSqs engine;
    private static SqsClient sqs;

    private final BlockingQueue<JsonNode> invocations = new LinkedBlockingQueue<>();
    private TemplateDocument template;
    private LocalQueues queues;
    private SqsEventSources sources;

    @BeforeAll
    static void startEngine() {
        engine = EmbeddedSqs.startOnFreePort();
        sqs = LocalSqsClient.create(engine.endpoint());
    }

    @AfterAll
    static void stopEngine() {
        sqs.close();
        engine.close();
    }

    @BeforeEach
    void createQueues() throws Exception {
        Path file = Path.of(getClass().getResource("/local/sqs-template.yaml").toURI());
        template = TemplateDocument.read(file, Map.of("Stage", "t" + STAGES.incrementAndGet()), engine.endpoint());
        queues = new LocalQueues(sqs);
        queues.createAll(SqsTemplate.queues(template));
    }

    @AfterEach
    void stopPolling() throws InterruptedException {
        if (sources != null) {
            sources.stop(Duration.ofSeconds(10));
        }
    }

    @Test
    void createAll_createsTheDeadLetterQueueFirstAndRedrivesToItsLocalArn() {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(queues.url("WorkQueue"))
                .attributeNames(QueueAttributeName.ALL)).attributes();

        assertThat(attributes.get(QueueAttributeName.REDRIVE_POLICY))
                .contains(queues.arn("WorkDeadLetterQueue")).contains("2");
        assertThat(attributes).containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "1");
        assertThat(queues.arn("WorkDeadLetterQueue")).isEqualTo(EmbeddedSqs.queueArn(queues.spec("WorkDeadLetterQueue").name()));
        assertThat(queues.url("WorkQueue")).isEqualTo(template.resolve(Map.of("Ref", "WorkQueue")));
    }

    @Test
    void sentMessage_reachesTheFunctionAsAnSqsEvent_andIsDeletedOnSuccess() throws Exception {
        start(recordingAnswer("{\"batchItemFailures\":[]}"));

        sqs.sendMessage(b -> b.queueUrl(queues.url("WorkQueue")).messageBody("{\"ticketId\":\"T1\"}")
                .messageAttributes(Map.of("kind", MessageAttributeValue.builder().dataType("String")
                        .stringValue("sms").build())));
        JsonNode record = next().path("Records").get(0);
        sources.stop(Duration.ofSeconds(10));

        assertThat(record.path("body").asText()).isEqualTo("{\"ticketId\":\"T1\"}");
        assertThat(record.path("messageId").asText()).isNotBlank();
        assertThat(record.path("receiptHandle").asText()).isNotBlank();
        assertThat(record.path("md5OfBody").asText()).isEqualTo(md5("{\"ticketId\":\"T1\"}"));
        assertThat(record.path("attributes").path("ApproximateReceiveCount").asText()).isEqualTo("1");
        assertThat(record.path("attributes").has("SentTimestamp")).isTrue();
        assertThat(record.path("attributes").has("ApproximateFirstReceiveTimestamp")).isTrue();
        assertThat(record.path("attributes").has("SenderId")).isTrue();
        assertThat(record.path("messageAttributes").path("kind").path("stringValue").asText()).isEqualTo("sms");
        assertThat(record.path("messageAttributes").path("kind").path("dataType").asText()).isEqualTo("String");
        assertThat(record.path("eventSource").asText()).isEqualTo("aws:sqs");
        assertThat(record.path("eventSourceARN").asText()).isEqualTo(queues.arn("WorkQueue"));
        assertThat(record.path("awsRegion").asText()).isEqualTo("us-east-1");
        assertThat(queues.depth("WorkQueue").total()).isZero();
    }

    @Test
    void reportedItemFailure_comesBackAfterTheVisibilityTimeout_andReachesTheDlqAfterMaxReceiveCount()
            throws Exception {
        start((function, event) -> {
            JsonNode parsed = JSON.readTree(event);
            invocations.add(parsed);
            StringBuilder failures = new StringBuilder();
            for (JsonNode record : parsed.path("Records")) {
                if (record.path("body").asText().equals("bad")) {
                    failures.append("{\"itemIdentifier\":\"").append(record.path("messageId").asText()).append("\"}");
                }
            }
            return "{\"batchItemFailures\":[" + failures + "]}";
        });

        sqs.sendMessage(b -> b.queueUrl(queues.url("WorkQueue")).messageBody("bad"));
        sqs.sendMessage(b -> b.queueUrl(queues.url("WorkQueue")).messageBody("good"));
        List<Message> dead = receiveWithin(queues.url("WorkDeadLetterQueue"), Duration.ofSeconds(15));

        assertThat(dead).extracting(Message::body).containsExactly("bad");
        List<String> receivedBodies = invocations.stream().flatMap(e -> e.path("Records").findValuesAsText("body")
                .stream()).toList();
        assertThat(receivedBodies).containsOnlyOnce("good");
        assertThat(receivedBodies.stream().filter("bad"::equals)).hasSize(2);
        sources.stop(Duration.ofSeconds(10));
        assertThat(queues.depth("WorkQueue").total()).isZero();
    }

    @Test
    void failedInvocation_leavesTheWholeBatch_whichIsReceivedAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        start((function, event) -> {
            invocations.add(JSON.readTree(event));
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("downstream unavailable");
            }
            return "";
        });

        sqs.sendMessage(b -> b.queueUrl(queues.url("WorkQueue")).messageBody("retry me"));
        JsonNode first = next();
        JsonNode second = next();
        sources.stop(Duration.ofSeconds(10));

        assertThat(first.path("Records").get(0).path("attributes").path("ApproximateReceiveCount").asText())
                .isEqualTo("1");
        assertThat(second.path("Records").get(0).path("attributes").path("ApproximateReceiveCount").asText())
                .isEqualTo("2");
        assertThat(queues.depth("WorkQueue").total()).isZero();
    }

    @Test
    void stop_waitsForTheBatchInHand_thenDeletesIt() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start((function, event) -> {
            entered.countDown();
            release.await();
            return "{}";
        });
        sqs.sendMessage(b -> b.queueUrl(queues.url("WorkQueue")).messageBody("slow"));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> {
            try {
                return sources.stop(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(stopped).isNotDone();
        release.countDown();

        assertThat(stopped.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(queues.depth("WorkQueue")).isEqualTo(new QueueDepth(0, 0, 0));
    }

    @Test
    void eventSources_readsBatchingAndPartialFailureSettings() {
        assertThat(SqsTemplate.eventSources(template)).containsExactly(new SqsEventSource("WorkerFunction", "Work",
                "WorkQueue", 5, Duration.ZERO, true, true));
    }

    @Test
    void asyncEventThatFailedEveryAttempt_goesToTheFunctionsDeadLetterQueueAsLambdaSendsIt() throws Exception {
        FunctionDeadLetterQueues deadLetters = FunctionDeadLetterQueues.fromTemplate(template, sqs, queues);
        AsyncLambdaInvoker async = new AsyncLambdaInvoker((function, event) -> {
            throw new IllegalStateException("no such ticket");
        }, new ManualWorkflowClock(Instant.now()), new CallerRunsExecutor(), List.of(), deadLetters);

        async.submit("RepliesFunction", "{\"Records\":[]}");
        async.submit("WorkerFunction", "{}");
        List<Message> dead = sqs.receiveMessage(b -> b.queueUrl(queues.url("RepliesDeadLetterQueue"))
                .waitTimeSeconds(5).messageAttributeNames("All")).messages();

        assertThat(dead).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo("{\"Records\":[]}");
            assertThat(m.messageAttributes().get("ErrorMessage").stringValue()).isEqualTo("no such ticket");
            assertThat(m.messageAttributes().get("ErrorCode").stringValue()).isEqualTo("200");
            assertThat(m.messageAttributes()).containsKey("RequestID");
        });
        assertThat(deadLetters.accept("WorkerFunction", "{}", new IllegalStateException())).isFalse();
        async.close(Duration.ofSeconds(1));
    }

    private void start(LambdaInvoker invoker) {
        sources = new SqsEventSources(sqs, queues, invoker);
        assertThat(sources.start(SqsTemplate.eventSources(template))).isEqualTo(1);
    }

    private LambdaInvoker recordingAnswer(String answer) {
        return (function, event) -> {
            assertThat(function).isEqualTo("WorkerFunction");
            invocations.add(JSON.readTree(event));
            return answer;
        };
    }

    private JsonNode next() throws InterruptedException {
        JsonNode event = invocations.poll(15, TimeUnit.SECONDS);
        assertThat(event).as("an invocation within 15 s").isNotNull();
        return event;
    }

    /** Long-polls one second at a time: ElasticMQ does not wake a waiting receive when it redrives a message. */
    private static List<Message> receiveWithin(String queueUrl, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Message> received = List.of();
        while (received.isEmpty() && System.nanoTime() < deadline) {
            received = sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(1)).messages();
        }
        return received;
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
