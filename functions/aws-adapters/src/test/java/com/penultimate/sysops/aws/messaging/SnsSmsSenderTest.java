package com.penultimate.sysops.aws.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.aws.AwsClients;
import com.penultimate.sysops.aws.RecordedRequests;
import com.penultimate.sysops.aws.moto.MotoServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/** Against moto's SNS, over the query protocol; moto lists the SMS it "sent" in its model data. */
class SnsSmsSenderTest {
    private final RecordedRequests requests = new RecordedRequests();
    private final SnsClient sns = AwsClients.sns(MotoServer.clientSettings().withInterceptor(requests));

    @AfterEach
    void closeClient() {
        sns.close();
    }

    @Test
    void send_publishesATransactionalSmsToThePhoneNumber() {
        String messageId = new SnsSmsSender(sns).send("+15555550123", "Ticket T1: reply ACCEPT T1 or DECLINE T1");

        assertThat(requests.of(PublishRequest.class)).singleElement().satisfies(publish -> {
            assertThat(publish.phoneNumber()).isEqualTo("+15555550123");
            assertThat(publish.topicArn()).isNull();
            assertThat(publish.messageAttributes()).isEqualTo(Map.of("AWS.SNS.SMS.SMSType",
                    MessageAttributeValue.builder().dataType("String").stringValue("Transactional").build()));
        });
        assertThat(MotoServer.models("sns", "SMS"))
                .filteredOn(sms -> sms.get("message_id").asString().equals(messageId))
                .singleElement().satisfies(sms -> {
                    assertThat(sms.get("phone_number").asString()).isEqualTo("+15555550123");
                    assertThat(sms.get("message").asString()).isEqualTo("Ticket T1: reply ACCEPT T1 or DECLINE T1");
                });
    }

    @Test
    void send_returnsADifferentMessageIdForEachMessage() {
        SnsSmsSender sender = new SnsSmsSender(sns);

        assertThat(sender.send("+15555550123", "one")).isNotEqualTo(sender.send("+15555550123", "two"));
        assertThat(MotoServer.models("sns", "SMS")).extracting(sms -> sms.get("message"))
                .map(JsonNode::asString).contains("one", "two");
    }
}
