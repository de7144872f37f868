package com.penultimate.sysops.local.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.asl.ManualWorkflowClock;
import com.penultimate.sysops.local.gateway.LocalEndpoint;
import com.penultimate.sysops.local.outbox.Outbox;
import com.penultimate.sysops.local.outbox.OutboxMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InboundSmsEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<Map.Entry<String, JsonNode>> invocations = new LinkedBlockingQueue<>();
    private final Outbox outbox = new Outbox(Clock.systemUTC());
    private AsyncLambdaInvoker async;
    private LocalTopics topics;
    private InboundSmsEndpoint endpoint;

    @BeforeEach
    void wire() throws Exception {
        TemplateDocument template = TemplateDocument.read(
                Path.of(getClass().getResource("/local/sns-template.yaml").toURI()), Map.of(), null);
        async = new AsyncLambdaInvoker((function, event) -> {
            invocations.add(Map.entry(function, JSON.readTree(event)));
            return "null";
        }, new ManualWorkflowClock(Instant.now()), Executors.newSingleThreadExecutor(), List.of());
        topics = LocalTopics.fromTemplate(template, async);
        endpoint = new InboundSmsEndpoint(topics, "InboundSmsTopic", "+18005550100", "SYSOPS", outbox,
                Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        async.close(Duration.ofSeconds(5));
    }

    @Test
    void inboundText_reachesTheTopicsSubscriberAsEndUserMessagingPublishesIt() throws Exception {
        OutboxMessage offer = outbox.record(OutboxMessage.Channel.SMS, "+13125550101", null, "Ticket T1: ACCEPT?");

        LocalEndpoint.Answer answer = endpoint.handle(
                "{\"from\":\"+13125550101\",\"body\":\"ACCEPT T1\"}".getBytes(StandardCharsets.UTF_8));
        Map.Entry<String, JsonNode> invocation = invocations.poll(10, TimeUnit.SECONDS);

        assertThat(answer.status()).isEqualTo(202);
        assertThat(invocation).isNotNull();
        assertThat(invocation.getKey()).isEqualTo("SmsRepliesFunction");
        JsonNode sns = invocation.getValue().path("Records").get(0).path("Sns");
        assertThat(sns.path("TopicArn").asText()).isEqualTo(topics.arn("InboundSmsTopic"));
        JsonNode message = JSON.readTree(sns.path("Message").asText());
        assertThat(message.path("originationNumber").asText()).isEqualTo("+13125550101");
        assertThat(message.path("destinationNumber").asText()).isEqualTo("+18005550100");
        assertThat(message.path("messageKeyword").asText()).isEqualTo("SYSOPS");
        assertThat(message.path("messageBody").asText()).isEqualTo("ACCEPT T1");
        assertThat(message.path("inboundMessageId").asText())
                .isEqualTo(JSON.readTree(answer.json()).path("inboundMessageId").asText());
        assertThat(message.path("previousPublishedMessageId").asText()).isEqualTo(offer.messageId());
        assertThat(outbox.messages()).containsExactly(offer);
    }

    @Test
    void senderThatIsNotAPhoneNumber_isABadRequest() throws Exception {
        LocalEndpoint.Answer answer = endpoint.handle("{\"from\":\"bob\",\"body\":\"ACCEPT\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(JSON.readTree(answer.json()).path("detail").asText()).contains("E.164");
        async.close(Duration.ofSeconds(5));
        assertThat(invocations).isEmpty();
    }
}
