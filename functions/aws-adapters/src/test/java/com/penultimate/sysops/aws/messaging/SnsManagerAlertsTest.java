package com.penultimate.sysops.aws.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.aws.AwsClientSettings;
import com.penultimate.sysops.aws.AwsClients;
import com.penultimate.sysops.aws.json.FlatJson;
import com.penultimate.sysops.aws.moto.MotoServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Against moto: the managers' topic delivers to a subscribed SQS queue, where the SNS envelope is read back. */
class SnsManagerAlertsTest {
    private final AwsClientSettings settings = MotoServer.clientSettings();
    private final SnsClient sns = AwsClients.sns(settings);
    private final SqsClient sqs = AwsClients.sqs(settings);
    private final String topicArn = sns.createTopic(create -> create.name("managers-" + System.nanoTime())).topicArn();
    private final String inbox = subscribedQueue();

    @AfterEach
    void closeClients() {
        sns.close();
        sqs.close();
    }

    @Test
    void publish_sendsSubjectAndTextToTheManagersTopic() {
        String messageId = new SnsManagerAlerts(sns, topicArn)
                .publish("Ticket T1 escalated", "No expert accepted ticket T1 after 3 offers.");

        Map<String, String> envelope = FlatJson.read(delivered().body());
        assertThat(envelope).containsEntry("Type", "Notification")
                .containsEntry("TopicArn", topicArn)
                .containsEntry("MessageId", messageId)
                .containsEntry("Subject", "Ticket T1 escalated")
                .containsEntry("Message", "No expert accepted ticket T1 after 3 offers.");
    }

    @Test
    void publish_makesAnyTextAValidSubjectLine() {
        new SnsManagerAlerts(sns, topicArn).publish("Ticket T2\nescalated: café " + "x".repeat(200), "text");

        String subject = FlatJson.read(delivered().body()).get("Subject");
        assertThat(subject).startsWith("Ticket T2 escalated: caf? xxx").hasSize(100);
    }

    private Message delivered() {
        List<Message> messages = sqs.receiveMessage(receive -> receive.queueUrl(inbox).waitTimeSeconds(5)).messages();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private String subscribedQueue() {
        String url = sqs.createQueue(create -> create.queueName("managers-inbox-" + System.nanoTime())).queueUrl();
        String arn = sqs.getQueueAttributes(get -> get.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        sns.subscribe(subscribe -> subscribe.topicArn(topicArn).protocol("sqs").endpoint(arn));
        return url;
    }
}
