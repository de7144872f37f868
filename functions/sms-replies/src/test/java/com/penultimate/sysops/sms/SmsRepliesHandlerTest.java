package com.penultimate.sysops.sms;

import static com.penultimate.sysops.lambda.testing.TestWorld.EXPERT_ID;
import static com.penultimate.sysops.lambda.testing.TestWorld.EXPERT_PHONE;
import static com.penultimate.sysops.lambda.testing.TestWorld.TICKET_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.penultimate.sysops.core.fake.RecordingWorkflow;
import com.penultimate.sysops.core.port.TicketWorkflow;
import com.penultimate.sysops.lambda.testing.EventFiles;
import com.penultimate.sysops.lambda.testing.LambdaContexts;
import com.penultimate.sysops.lambda.testing.TestLambdaContext;
import com.penultimate.sysops.lambda.testing.TestWorld;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmsRepliesHandlerTest {
    private TestWorld world;
    private SmsRepliesHandler handler;
    private RecordingWorkflow workflow;

    @BeforeEach
    void start() {
        world = TestWorld.create(SmsRepliesHandlerTest.class);
        world.product();
        world.expert(EXPERT_ID, EXPERT_PHONE);
        Map<String, Object> settings = new HashMap<>(world.properties());
        settings.put("sysops.workflow.state-machine-arn", "arn:aws:states:us-east-1:123456789012:stateMachine:test");
        handler = new SmsRepliesHandler(LambdaContexts.start(settings));
        workflow = (RecordingWorkflow) handler.getApplicationContext().getBean(TicketWorkflow.class);
    }

    @AfterEach
    void stop() {
        handler.close();
    }

    @Test
    void accept_fromTheAssignedExpertsPhone_reachesTheWaitingWorkflow() {
        world.offered(TICKET_ID, EXPERT_ID, "token-sms-accept");

        SmsReport report = handle("reply_sms_accept.json");

        assertThat(report).isEqualTo(new SmsReport(1, 0, 0, List.of(new SmsReport.Outcome(TICKET_ID, true, "accept"))));
        assertThat(workflow.answers()).containsEntry("token-sms-accept", "{\"answer\":\"ACCEPTED\"}");
    }

    @Test
    void accept_fromAnotherNumber_isIgnored() {
        world.offered(TICKET_ID, EXPERT_ID, "token-sms-stranger");

        SmsReport report = handle("reply_sms_unknownsender.json");

        assertThat(report.acted()).isZero();
        assertThat(report.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.ticketId()).isEqualTo(TICKET_ID);
            assertThat(o.detail()).contains("not the expert assigned");
        });
        assertThat(workflow.answers()).doesNotContainKey("token-sms-stranger");
    }

    @Test
    void accept_afterTheOfferExpired_isIgnoredWithTheReason() {
        world.offered(TICKET_ID, EXPERT_ID, "token-sms-expired");
        workflow.expire("token-sms-expired");

        SmsReport report = handle("reply_sms_accept.json");

        assertThat(report.ignored()).isEqualTo(1);
        assertThat(report.outcomes().get(0).detail()).contains("expired");
    }

    @Test
    void aMessageThatIsNotAnInboundSms_isSkipped() {
        SmsReport report = handle("reply_sms_malformed.json");

        assertThat(report).isEqualTo(new SmsReport(0, 0, 1, List.of()));
    }

    @Test
    void logs_neverQuotePhoneNumbersOrMessageBodies() {
        world.offered(TICKET_ID, EXPERT_ID, "token-sms-logs");
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            handle("reply_sms_accept.json");
            handle("reply_sms_unknownsender.json");
            handle("reply_sms_malformed.json");
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }

        String logs = captured.toString(StandardCharsets.UTF_8);
        assertThat(logs).contains(TICKET_ID).doesNotContain("+1312555", "+1844555", "accept T7K2", "DELIVERED");
    }

    @Test
    void event_isReadAsSnsWritesIt() {
        InboundSmsEvent event = EventFiles.read("sms-replies", "reply_sms_accept.json", InboundSmsEvent.class);

        assertThat(event.records()).singleElement().satisfies(r -> {
            assertThat(r.eventSource()).isEqualTo("aws:sns");
            assertThat(r.sns().messageId()).isEqualTo("95df01b4-ee98-5cb9-9903-4c221d41eb5e");
            assertThat(r.sns().message()).contains("\"originationNumber\":\"" + EXPERT_PHONE + "\"");
        });
    }

    /** Why the handler does not take {@code SNSEvent}: when this starts failing, the serde module was fixed. */
    @Test
    void runtimeSerializer_losesTheNotificationOfAnSnsEvent() {
        SNSEvent event = EventFiles.read("sms-replies", "reply_sms_accept.json", SNSEvent.class);

        assertThat(event.getRecords()).singleElement().satisfies(r -> assertThat(r.getSNS()).isNull());
    }

    private SmsReport handle(String file) {
        return handler.handleRequest(EventFiles.read("sms-replies", file, InboundSmsEvent.class), new TestLambdaContext());
    }
}
