package com.penultimate.sysops.aws.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.aws.AwsClients;
import com.penultimate.sysops.aws.json.NotificationJson;
import com.penultimate.sysops.aws.moto.MotoServer;
import com.penultimate.sysops.core.notification.Notification;
import com.penultimate.sysops.core.notification.NotificationKind;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** Against moto's SQS, over the JSON protocol the SDK speaks. */
class SqsNotificationQueueTest {
    private final SqsClient sqs = AwsClients.sqs(MotoServer.clientSettings());
    private final String queueUrl = sqs.createQueue(create -> create.queueName("notifications-" + System.nanoTime()))
            .queueUrl();

    @AfterEach
    void closeClient() {
        sqs.close();
    }

    @Test
    void enqueue_sendsTheNotificationAsJsonWithItsIdAsAttribute() {
        Notification offer = new Notification("T1#offer#E1#1", NotificationKind.EXPERT_OFFER, "T1",
                Notification.Recipient.EXPERT, "E1");

        new SqsNotificationQueue(sqs, queueUrl).enqueue(offer);

        List<Message> received = sqs.receiveMessage(receive -> receive.queueUrl(queueUrl).maxNumberOfMessages(10)
                .messageAttributeNames("All")).messages();
        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.body()).isEqualTo("{\"notificationId\":\"T1#offer#E1#1\",\"kind\":\"EXPERT_OFFER\","
                    + "\"ticketId\":\"T1\",\"recipient\":\"EXPERT\",\"recipientId\":\"E1\"}");
            assertThat(NotificationJson.read(message.body())).isEqualTo(offer);
            assertThat(message.messageAttributes()).containsEntry("notificationId",
                    MessageAttributeValue.builder().dataType("String").stringValue("T1#offer#E1#1").build());
        });
    }

    @Test
    void enqueue_carriesANotificationForTheManagersWithoutRecipientId() {
        Notification escalated = new Notification("T2#escalated#1", NotificationKind.TICKET_ESCALATED, "T2",
                Notification.Recipient.MANAGERS, null);

        new SqsNotificationQueue(sqs, queueUrl).enqueue(escalated);

        Message message = sqs.receiveMessage(receive -> receive.queueUrl(queueUrl)).messages().get(0);
        assertThat(NotificationJson.read(message.body())).isEqualTo(escalated);
    }
}
