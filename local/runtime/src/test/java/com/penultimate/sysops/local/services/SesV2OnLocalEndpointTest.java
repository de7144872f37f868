package com.penultimate.sysops.local.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.local.outbox.Outbox;
import com.penultimate.sysops.local.outbox.OutboxMessage;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;

class SesV2OnLocalEndpointTest {
    private final Outbox outbox = new Outbox(Clock.systemUTC());
    private LocalAwsEndpoint endpoint;
    private SesV2Client ses;

    @BeforeEach
    void start() throws Exception {
        endpoint = new LocalAwsEndpoint(0, List.of(new SesV2Api(outbox)));
        endpoint.start();
        ses = SdkClients.local(SesV2Client.builder(), endpoint.endpoint());
    }

    @AfterEach
    void stop() throws Exception {
        ses.close();
        endpoint.stop(0);
    }

    @Test
    void sendEmail_recordsOneEmailPerRecipientUnderTheAnsweredMessageId() {
        String messageId = ses.sendEmail(b -> b.fromEmailAddress("support@sysops.example")
                .destination(d -> d.toAddresses("zoe@example.com").ccAddresses("call-centre@sysops.example"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("Your ticket T1"))
                        .body(body -> body.text(t -> t.data("An expert is on the way."))
                                .html(h -> h.data("<p>An expert is on the way.</p>")))))).messageId();

        assertThat(outbox.messages()).extracting(OutboxMessage::to)
                .containsExactly("zoe@example.com", "call-centre@sysops.example");
        assertThat(outbox.messages()).allSatisfy(m -> {
            assertThat(m.messageId()).isEqualTo(messageId);
            assertThat(m.channel()).isEqualTo(OutboxMessage.Channel.EMAIL);
            assertThat(m.subject()).isEqualTo("Your ticket T1");
            assertThat(m.body()).isEqualTo("An expert is on the way.");
        });
    }

    @Test
    void sendEmailWithoutRecipients_isABadRequest() {
        assertThatThrownBy(() -> ses.sendEmail(b -> b.fromEmailAddress("support@sysops.example")
                .destination(d -> d.toAddresses(List.of()))
                .content(c -> c.simple(m -> m.subject(s -> s.data("x")).body(body -> body.text(t -> t.data("y")))))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Destination");
        assertThat(outbox.messages()).isEmpty();
    }

    @Test
    void templatedEmail_isRefusedRatherThanDropped() {
        assertThatThrownBy(() -> ses.sendEmail(b -> b.fromEmailAddress("support@sysops.example")
                .destination(d -> d.toAddresses("zoe@example.com"))
                .content(c -> c.template(t -> t.templateName("welcome").templateData("{}")))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("not supported locally");
    }

    @Test
    void aServiceTheEndpointDoesNotServe_failsLoudlyWithUnknownOperation() {
        try (DynamoDbClient dynamo = SdkClients.local(DynamoDbClient.builder(), endpoint.endpoint())) {
            assertThatThrownBy(dynamo::listTables).isInstanceOfSatisfying(DynamoDbException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException");
            });
        }
    }
}
