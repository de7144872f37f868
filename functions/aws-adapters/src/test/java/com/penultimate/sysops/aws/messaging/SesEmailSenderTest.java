package com.penultimate.sysops.aws.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.aws.AwsClients;
import com.penultimate.sysops.aws.RecordedRequests;
import com.penultimate.sysops.aws.moto.MotoServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/** Against moto's SESv2 (served under {@code /v2/}); moto keeps the messages it accepted in its model data. */
class SesEmailSenderTest {
    private static final String FROM = "dispatch@sysops.example";

    private final RecordedRequests requests = new RecordedRequests();
    private final SesV2Client ses = AwsClients.sesV2(MotoServer.clientSettings().withInterceptor(requests));

    @AfterEach
    void closeClient() {
        ses.close();
    }

    @Test
    void send_emailsPlainUtf8TextFromTheVerifiedAddress() {
        ses.createEmailIdentity(create -> create.emailIdentity(FROM));

        String messageId = new SesEmailSender(ses, FROM).send("ada@example.com", "How did we do? – ticket T1",
                "Tell us: https://survey.example/T1");

        assertThat(requests.of(SendEmailRequest.class)).singleElement().satisfies(email -> {
            assertThat(email.content().simple().subject().charset()).isEqualTo("UTF-8");
            assertThat(email.content().simple().body().text().charset()).isEqualTo("UTF-8");
            assertThat(email.content().simple().body().html()).isNull();
        });
        assertThat(MotoServer.models("ses", "Message"))
                .filteredOn(message -> message.get("id").asString().equals(messageId))
                .singleElement().satisfies(message -> {
                    assertThat(message.get("source").asString()).isEqualTo(FROM);
                    assertThat(message.get("subject").asString()).isEqualTo("How did we do? – ticket T1");
                    assertThat(message.get("body").asString()).isEqualTo("Tell us: https://survey.example/T1");
                    assertThat(message.get("destinations").field("ToAddresses").map(JsonNode::asArray)
                            .orElse(List.of())).extracting(JsonNode::asString).containsExactly("ada@example.com");
                });
    }

    @Test
    void send_fromAnUnverifiedAddressFailsSoTheMessageIsRetried() {
        SesEmailSender unverified = new SesEmailSender(ses, "nobody@unverified.example");

        assertThatThrownBy(() -> unverified.send("ada@example.com", "s", "b"))
                .isInstanceOf(MessageRejectedException.class);
    }
}
