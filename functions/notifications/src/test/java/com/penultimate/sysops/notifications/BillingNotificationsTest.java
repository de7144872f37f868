package com.penultimate.sysops.notifications;

import static com.penultimate.sysops.lambda.testing.TestWorld.CUSTOMER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.penultimate.sysops.aws.dynamodb.BillingTables;
import com.penultimate.sysops.aws.dynamodb.DynamoDbBillingLedger;
import com.penultimate.sysops.aws.dynamodb.DynamoDbContractRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbLocalServer;
import com.penultimate.sysops.core.billing.BillingStanding;
import com.penultimate.sysops.core.fake.RecordingSenders;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.Invoice;
import com.penultimate.sysops.core.model.NotificationPreference;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.port.SmsSender;
import com.penultimate.sysops.lambda.testing.EventFiles;
import com.penultimate.sysops.lambda.testing.LambdaContexts;
import com.penultimate.sysops.lambda.testing.TestLambdaContext;
import com.penultimate.sysops.lambda.testing.TestWorld;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Billing's messages (receipt, declined card) go through the same queue and are written from billing's records. */
class BillingNotificationsTest {
    private static final String CONTRACT_ID = "C9F4K2M8Q1X7B";
    private static final LocalDate END = LocalDate.parse("2027-11-23");

    private NotificationsHandler handler;
    private RecordingSenders senders;

    @BeforeEach
    void start() {
        TestWorld world = TestWorld.create(BillingNotificationsTest.class);
        BillingTables billing = BillingTables.createFor(BillingNotificationsTest.class);
        world.customer(CUSTOMER_ID, NotificationPreference.EMAIL);
        SupportContract contract = new SupportContract(CONTRACT_ID, CUSTOMER_ID, Set.of("TV-OLED55"),
                END.minusYears(1), END, ContractStatus.ACTIVE);
        new DynamoDbContractRepository(DynamoDbLocalServer.client(), world.tables().contracts()).add(contract);
        new DynamoDbBillingLedger(DynamoDbLocalServer.client(), world.tables().contracts(), billing.invoices())
                .recordPayment(BillingStanding.fresh(contract), new Invoice("INV-20271123-" + CONTRACT_ID,
                        CUSTOMER_ID, CONTRACT_ID, contract.products(), END, END.plusYears(1), 4_900, "USD",
                        "ch_sim_1", Instant.parse("2027-11-23T06:00:00Z")), contract.renewed());
        Map<String, Object> settings = new HashMap<>(world.properties());
        settings.put("sysops.tables.invoices", billing.invoices());
        settings.put("sysops.topics.managers", "arn:aws:sns:us-east-1:123456789012:sysops-managers-test");
        settings.put("sysops.email.from", "sysops-squad@sysops.example");
        handler = new NotificationsHandler(LambdaContexts.start(settings));
        senders = (RecordingSenders) handler.getApplicationContext().getBean(SmsSender.class);
    }

    @AfterEach
    void stop() {
        handler.close();
    }

    @Test
    void receiptAndDecline_areEmailedToTheCustomer() {
        SQSBatchResponse response = handler.handleRequest(
                EventFiles.read("notifications", "send_notification_receipt.json", SQSEvent.class),
                new TestLambdaContext());

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(senders.sent()).hasSize(2).allSatisfy(sent -> {
            assertThat(sent.channel()).isEqualTo("EMAIL");
            assertThat(sent.to()).isEqualTo(CUSTOMER_ID + "@example.com");
        });
        assertThat(senders.sent().get(0).text()).contains("INV-20271123-" + CONTRACT_ID, "49.00 USD", "2028-11-22");
        assertThat(senders.sent().get(1).text()).contains(CONTRACT_ID, "declined", "2027-11-24");
    }
}
