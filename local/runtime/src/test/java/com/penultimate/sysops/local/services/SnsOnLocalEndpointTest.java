package com.penultimate.sysops.local.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.asl.ManualWorkflowClock;
import com.penultimate.sysops.local.outbox.Outbox;
import com.penultimate.sysops.local.outbox.OutboxMessage;
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
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.SnsException;

class SnsOnLocalEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<Map.Entry<String, JsonNode>> invocations = new LinkedBlockingQueue<>();
    private final Outbox outbox = new Outbox(Clock.systemUTC());
    private AsyncLambdaInvoker async;
    private LocalTopics topics;
    private LocalAwsEndpoint endpoint;
    private SnsClient sns;

    @BeforeEach
    void start() throws Exception {
        TemplateDocument template = TemplateDocument.read(
                Path.of(getClass().getResource("/local/sns-template.yaml").toURI()), Map.of(), null);
        async = new AsyncLambdaInvoker((function, event) -> {
            invocations.add(Map.entry(function, JSON.readTree(event)));
            return "null";
        }, new ManualWorkflowClock(Instant.now()), Executors.newSingleThreadExecutor(), List.of());
        topics = LocalTopics.fromTemplate(template, async);
        endpoint = new LocalAwsEndpoint(0, List.of(new SnsQueryApi(new LocalSns(outbox, topics))));
        endpoint.start();
        sns = SdkClients.local(SnsClient.builder(), endpoint.endpoint());
    }

    @AfterEach
    void stop() throws Exception {
        sns.close();
        endpoint.stop(0);
        async.close(Duration.ofSeconds(5));
    }

    @Test
    void publishToAPhoneNumber_recordsAnSmsUnderTheAnsweredMessageId() {
        String messageId = sns.publish(b -> b.phoneNumber("+13125550101").message("Ticket T1: please call back"))
                .messageId();

        assertThat(outbox.messages()).singleElement().satisfies(m -> {
            assertThat(m.messageId()).isEqualTo(messageId);
            assertThat(m.channel()).isEqualTo(OutboxMessage.Channel.SMS);
            assertThat(m.to()).isEqualTo("+13125550101");
            assertThat(m.subject()).isNull();
            assertThat(m.body()).isEqualTo("Ticket T1: please call back");
        });
    }

    @Test
    void publishToANumberThatIsNotE164_isAnInvalidParameter() {
        assertThatThrownBy(() -> sns.publish(b -> b.phoneNumber("312-555-0101").message("hi")))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(outbox.messages()).isEmpty();
    }

    @Test
    void publishToATopic_isRecordedAndDeliveredToMatchingSubscribersAsAnSnsEvent() throws Exception {
        String topicArn = topics.arn("AlertsTopic");

        String messageId = sns.publish(b -> b.topicArn(topicArn).subject("Ticket escalated").message("T1 needs you")
                .messageAttributes(Map.of("severity", MessageAttributeValue.builder().dataType("String")
                        .stringValue("high").build()))).messageId();
        Map.Entry<String, JsonNode> invocation = invocations.poll(10, TimeUnit.SECONDS);

        assertThat(outbox.messages()).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(OutboxMessage.Channel.TOPIC);
            assertThat(m.to()).isEqualTo(topicArn);
            assertThat(m.subject()).isEqualTo("Ticket escalated");
        });
        assertThat(invocation).isNotNull();
        assertThat(invocation.getKey()).isEqualTo("EscalationsFunction");
        JsonNode record = invocation.getValue().path("Records").get(0);
        assertThat(record.path("EventSource").asText()).isEqualTo("aws:sns");
        assertThat(record.path("EventVersion").asText()).isEqualTo("1.0");
        assertThat(record.path("EventSubscriptionArn").asText()).startsWith(topicArn + ":");
        JsonNode notification = record.path("Sns");
        assertThat(notification.path("Type").asText()).isEqualTo("Notification");
        assertThat(notification.path("MessageId").asText()).isEqualTo(messageId);
        assertThat(notification.path("TopicArn").asText()).isEqualTo(topicArn);
        assertThat(notification.path("Subject").asText()).isEqualTo("Ticket escalated");
        assertThat(notification.path("Message").asText()).isEqualTo("T1 needs you");
        assertThat(Instant.parse(notification.path("Timestamp").asText())).isNotNull();
        assertThat(notification.path("MessageAttributes").path("severity").path("Type").asText()).isEqualTo("String");
        assertThat(notification.path("MessageAttributes").path("severity").path("Value").asText()).isEqualTo("high");
        for (String field : List.of("SignatureVersion", "Signature", "SigningCertUrl", "UnsubscribeUrl")) {
            assertThat(notification.path(field).asText()).as(field).isNotBlank();
        }
    }

    @Test
    void publicationTheFilterPolicyRejects_isRecordedButDeliveredToNoOne() throws Exception {
        sns.publish(b -> b.topicArn(topics.arn("AlertsTopic")).message("FYI").messageAttributes(Map.of("severity",
                MessageAttributeValue.builder().dataType("String").stringValue("low").build())));
        async.close(Duration.ofSeconds(5));

        assertThat(outbox.messages()).hasSize(1);
        assertThat(invocations).isEmpty();
    }

    @Test
    void publishToAnUnknownTopic_isNotFound() {
        assertThatThrownBy(() -> sns.publish(b -> b.topicArn("arn:aws:sns:us-east-1:000000000000:nope").message("x")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anActionOtherThanPublish_isRefusedAsInvalidAction() {
        assertThatThrownBy(() -> sns.listTopics()).isInstanceOfSatisfying(SnsException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidAction");
            assertThat(e.statusCode()).isEqualTo(400);
        });
    }
}
