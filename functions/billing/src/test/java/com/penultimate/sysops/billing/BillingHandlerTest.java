package com.penultimate.sysops.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.penultimate.sysops.core.fake.RecordingNotifications;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.notification.Notification;
import com.penultimate.sysops.core.notification.NotificationKind;
import com.penultimate.sysops.core.port.NotificationQueue;
import com.penultimate.sysops.lambda.testing.EventFiles;
import com.penultimate.sysops.lambda.testing.LambdaContexts;
import com.penultimate.sysops.lambda.testing.TestLambdaContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BillingHandlerTest {
    private static final LocalDate END = LocalDate.parse("2027-11-23");
    private static final String TIMEOUT_MESSAGE = "b1a2c3d4-0000-4000-8000-000000000003";

    private BillingWorld world;
    private BillingHandler handler;
    private RecordingNotifications notifications;

    @BeforeEach
    void start() {
        world = new BillingWorld(BillingHandlerTest.class);
        world.contract("CPAID0000001", "cust-zoe", "tok_visa_success", END, ContractStatus.ACTIVE);
        world.contract("CDECLINED001", "cust-cleo", "tok_card_declined", END, ContractStatus.ACTIVE);
        world.contract("CTIMEOUT0001", "cust-tim", "tok_provider_timeout", END, ContractStatus.ACTIVE);
        Map<String, Object> settings = world.properties();
        settings.put("sysops.queues.notifications", "http://127.0.0.1:9324/000000000000/sysops-notifications-test");
        handler = new BillingHandler(LambdaContexts.start(settings));
        notifications = (RecordingNotifications) handler.getApplicationContext().getBean(NotificationQueue.class);
    }

    @AfterEach
    void stop() {
        handler.close();
    }

    @Test
    void dueContracts_paidRenewedAndInvoiced_declinedPastDue_unreachableHandedBackWithNothingRecorded() {
        SQSBatchResponse response = handle("bill_contracts_due.json", new TestLambdaContext());

        assertThat(failedIds(response)).containsExactly(TIMEOUT_MESSAGE);
        assertThat(world.standing("cust-zoe", "CPAID0000001").contract()).satisfies(c -> {
            assertThat(c.status()).isEqualTo(ContractStatus.ACTIVE);
            assertThat(c.endDate()).isEqualTo(END.plusYears(1));
        });
        assertThat(world.invoices().forCustomer("cust-zoe")).singleElement().satisfies(invoice -> {
            assertThat(invoice.invoiceId()).isEqualTo("INV-20271123-CPAID0000001");
            assertThat(invoice.amountMinor()).isEqualTo(9_800);
        });
        assertThat(world.standing("cust-cleo", "CDECLINED001").contract().status()).isEqualTo(ContractStatus.PAST_DUE);
        assertThat(world.standing("cust-tim", "CTIMEOUT0001")).satisfies(s -> {
            assertThat(s.contract().status()).isEqualTo(ContractStatus.ACTIVE);
            assertThat(s.declines()).isZero();
        });
        assertThat(notifications.enqueued()).extracting(Notification::kind, Notification::recipientId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NotificationKind.PAYMENT_RECEIPT, "cust-zoe"),
                org.assertj.core.groups.Tuple.tuple(NotificationKind.PAYMENT_DECLINED, "cust-cleo"));
        assertThat(world.paymentAttempts()).extracting(a -> a.get("idempotencyKey").s()).containsExactlyInAnyOrder(
                "sysops-CPAID0000001-2027-11-23-0", "sysops-CDECLINED001-2027-11-23-0");
    }

    @Test
    void redelivery_chargesNothingAgain() {
        handle("bill_contracts_due.json", new TestLambdaContext());

        SQSBatchResponse again = handle("bill_contracts_due.json", new TestLambdaContext());

        assertThat(failedIds(again)).containsExactly(TIMEOUT_MESSAGE);
        assertThat(world.paymentAttempts()).hasSize(2).allSatisfy(a -> assertThat(a.get("answers").n()).isEqualTo("1"));
        assertThat(world.invoices().forCustomer("cust-zoe")).hasSize(1);
        assertThat(world.standing("cust-cleo", "CDECLINED001").declines()).isEqualTo(1);
    }

    @Test
    void undecodableJob_failsSoItEndsInTheDeadLetterQueue() {
        SQSBatchResponse response = handle("bill_contract_undecodable.json", new TestLambdaContext());

        assertThat(failedIds(response)).containsExactly("b1a2c3d4-0000-4000-8000-000000000004");
        assertThat(world.paymentAttempts()).isEmpty();
    }

    @Test
    void shortOfTime_handsTheUntriedJobsBack() {
        SQSBatchResponse response = handle("bill_contracts_due.json",
                new TestLambdaContext(Duration.ofMillis(2_000), Clock.systemUTC()));

        assertThat(failedIds(response)).hasSize(3);
        assertThat(world.paymentAttempts()).isEmpty();
    }

    @Test
    void logs_neverQuoteCardTokensOrContactDetails() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            handle("bill_contracts_due.json", new TestLambdaContext());
        } finally {
            System.setOut(original);
        }

        String logs = captured.toString(StandardCharsets.UTF_8);
        assertThat(logs).contains("CPAID0000001", "PAID", "CTIMEOUT0001")
                .doesNotContain("tok_", "@example.com", "+1312");
    }

    private SQSBatchResponse handle(String file, TestLambdaContext context) {
        return handler.handleRequest(EventFiles.read("billing", file, SQSEvent.class), context);
    }

    private static List<String> failedIds(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
    }
}
