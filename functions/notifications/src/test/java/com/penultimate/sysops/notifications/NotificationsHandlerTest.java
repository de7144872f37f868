package com.penultimate.sysops.notifications;

import static com.penultimate.sysops.lambda.testing.TestWorld.CUSTOMER_ID;
import static com.penultimate.sysops.lambda.testing.TestWorld.EXPERT_ID;
import static com.penultimate.sysops.lambda.testing.TestWorld.EXPERT_PHONE;
import static com.penultimate.sysops.lambda.testing.TestWorld.TICKET_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.penultimate.sysops.aws.dynamodb.BillingTables;
import com.penultimate.sysops.core.fake.RecordingSenders;
import com.penultimate.sysops.core.model.NotificationPreference;
import com.penultimate.sysops.core.port.SmsSender;
import com.penultimate.sysops.lambda.testing.EventFiles;
import com.penultimate.sysops.lambda.testing.LambdaContexts;
import com.penultimate.sysops.lambda.testing.RecordingMetricsSink;
import com.penultimate.sysops.lambda.testing.TestLambdaContext;
import com.penultimate.sysops.lambda.testing.TestWorld;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationsHandlerTest {
    private TestWorld world;
    private NotificationsHandler handler;
    private RecordingSenders senders;

    @BeforeEach
    void start() {
        world = TestWorld.create(NotificationsHandlerTest.class);
        world.product();
        world.customer(CUSTOMER_ID, NotificationPreference.EMAIL);
        world.expert(EXPERT_ID, EXPERT_PHONE);
        world.offered(TICKET_ID, EXPERT_ID, "token");
        Map<String, Object> settings = new HashMap<>(world.properties());
        settings.put("sysops.topics.managers", "arn:aws:sns:us-east-1:123456789012:sysops-managers-test");
        settings.put("sysops.email.from", "sysops-squad@sysops.example");
        settings.put("sysops.tables.invoices", BillingTables.createFor(NotificationsHandlerTest.class).invoices());
        handler = new NotificationsHandler(LambdaContexts.start(settings));
        senders = (RecordingSenders) handler.getApplicationContext().getBean(SmsSender.class);
    }

    @AfterEach
    void stop() {
        handler.close();
    }

    @Test
    void batch_sendsEachNotificationByItsRecipientsChannel() {
        SQSBatchResponse response = handle("send_notifications_batch.json", new TestLambdaContext());

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(senders.sent()).extracting(RecordingSenders.Sent::channel, RecordingSenders.Sent::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SMS", EXPERT_PHONE),
                        org.assertj.core.groups.Tuple.tuple("EMAIL", CUSTOMER_ID + "@example.com"),
                        org.assertj.core.groups.Tuple.tuple("MANAGERS", "managers"));
        assertThat(senders.sent().get(0).text()).contains(TICKET_ID, "Reply ACCEPT " + TICKET_ID);
    }

    @Test
    void duplicateDelivery_sendsOnce() {
        SQSBatchResponse first = handle("send_notification_duplicate.json", new TestLambdaContext());
        SQSBatchResponse again = handle("send_notification_duplicate.json", new TestLambdaContext());

        assertThat(first.getBatchItemFailures()).isEmpty();
        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(senders.sent()).hasSize(1);
    }

    @Test
    void failingRecord_isHandedBackAloneAndSentOnRedelivery() {
        senders.failNext(1);

        SQSBatchResponse response = handle("send_notifications_batch.json", new TestLambdaContext());

        assertThat(failedIds(response)).containsExactly("4f3c1b2a-0d9e-4c8b-a7f6-5e4d3c2b1a01");
        assertThat(senders.sent()).hasSize(2);

        SQSBatchResponse redelivered = handle("send_notifications_batch.json", new TestLambdaContext());

        assertThat(redelivered.getBatchItemFailures()).isEmpty();
        assertThat(senders.sent()).hasSize(3);
    }

    @Test
    void failingRecord_countsANotificationFailure() {
        senders.failNext(1);

        handle("send_notifications_batch.json", new TestLambdaContext());

        assertThat(handler.getApplicationContext().getBean(RecordingMetricsSink.class).named("NotificationFailures"))
                .singleElement().satisfies(line -> assertThat(line).containsEntry("Service", "notifications")
                        .containsEntry("NotificationFailures", 1).containsEntry("ticketId", TICKET_ID));
    }

    @Test
    void undecodableRecord_failsSoItEndsInTheDeadLetterQueue() {
        SQSBatchResponse response = handle("send_notifications_undecodable.json", new TestLambdaContext());

        assertThat(failedIds(response)).containsExactly("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c01");
        assertThat(senders.sent()).extracting(RecordingSenders.Sent::channel).containsExactly("MANAGERS");
    }

    @Test
    void shortOfTime_handsTheUntriedRecordsBack() {
        SQSBatchResponse response = handle("send_notifications_batch.json",
                new TestLambdaContext(Duration.ofMillis(1_500), Clock.systemUTC()));

        assertThat(failedIds(response)).hasSize(3);
        assertThat(senders.sent()).isEmpty();
    }

    @Test
    void logs_neverQuoteContactDetails() {
        senders.failNext(1);
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            handle("send_notifications_batch.json", new TestLambdaContext());
            handle("send_notifications_undecodable.json", new TestLambdaContext());
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }

        String logs = captured.toString(StandardCharsets.UTF_8);
        assertThat(logs).contains(TICKET_ID).doesNotContain(EXPERT_PHONE, "+13125550111", "@example.com");
        assertThat(logs.lines().filter(line -> line.contains(TICKET_ID)))
                .as("structured log lines").isNotEmpty().allMatch(line -> line.startsWith("{") && line.endsWith("}"));
    }

    private SQSBatchResponse handle(String file, TestLambdaContext context) {
        return handler.handleRequest(EventFiles.read("notifications", file, SQSEvent.class), context);
    }

    private static List<String> failedIds(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
    }
}
