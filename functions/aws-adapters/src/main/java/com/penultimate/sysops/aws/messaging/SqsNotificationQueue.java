package com.penultimate.sysops.aws.messaging;

import com.penultimate.sysops.aws.json.NotificationJson;
import com.penultimate.sysops.core.notification.Notification;
import com.penultimate.sysops.core.port.NotificationQueue;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * {@link NotificationQueue} on a standard SQS queue: the notification as {@link NotificationJson} in the body,
 * its id also as the {@value #NOTIFICATION_ID} message attribute. Standard queues deliver at least once and
 * have no deduplication, so the consumer sends once per notification id.
 */
public final class SqsNotificationQueue implements NotificationQueue {
    public static final String NOTIFICATION_ID = "notificationId";

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsNotificationQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(Notification notification) {
        sqs.sendMessage(send -> send.queueUrl(queueUrl)
                .messageBody(NotificationJson.write(notification))
                .messageAttributes(Map.of(NOTIFICATION_ID, MessageAttributeValue.builder()
                        .dataType("String").stringValue(notification.notificationId()).build())));
    }
}
