package com.penultimate.sysops.notifications;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.penultimate.sysops.aws.json.NotificationJson;
import com.penultimate.sysops.core.notification.Notification;
import com.penultimate.sysops.core.notification.NotificationSender;
import com.penultimate.sysops.lambda.metrics.BusinessMetrics;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a batch of queued notifications, each on its own: a record that fails is reported back as a partial
 * batch failure, so SQS redelivers only it (and after five tries parks it in the dead-letter queue); the
 * others are done. A record that cannot be decoded fails the same way, since no retry can mend it, it ends in
 * the dead-letter queue where someone can look. When the invocation runs short of time, the records not yet
 * tried are handed back rather than cut off mid-send. Logs name notification and ticket ids, never contact
 * details or provider error messages (which can quote them). Each failed record counts as a business metric.
 */
final class NotificationBatch {
    /** Time kept back per record: one send with its retries must fit. */
    static final int RESERVE_MILLIS = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(NotificationBatch.class);

    private final NotificationSender sender;
    private final BusinessMetrics metrics;

    NotificationBatch(NotificationSender sender, BusinessMetrics metrics) {
        this.sender = sender;
        this.metrics = metrics;
    }

    SQSBatchResponse send(List<SQSEvent.SQSMessage> records, Context invocation) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> all = records == null ? List.of() : records;
        for (int i = 0; i < all.size(); i++) {
            SQSEvent.SQSMessage record = all.get(i);
            if (invocation.getRemainingTimeInMillis() < RESERVE_MILLIS) {
                LOG.warn("running short of time: {} notifications handed back for redelivery", all.size() - i);
                all.subList(i, all.size()).forEach(r -> failures.add(failure(r)));
                break;
            }
            if (!sendOne(record)) {
                failures.add(failure(record));
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    private boolean sendOne(SQSEvent.SQSMessage record) {
        Notification notification;
        try {
            notification = NotificationJson.read(record.getBody());
        } catch (RuntimeException undecodable) {
            LOG.error("notification cannot be decoded, it goes to the dead-letter queue: messageId={} error={}",
                    record.getMessageId(), undecodable.getClass().getSimpleName());
            metrics.count(BusinessMetrics.NOTIFICATION_FAILURES, null);
            return false;
        }
        try {
            NotificationSender.Result result = sender.send(notification);
            LOG.info("notification {}: notificationId={} kind={} ticketId={}", result == NotificationSender.Result.SENT
                    ? "sent" : "already sent", notification.notificationId(), notification.kind(),
                    notification.ticketId());
            return true;
        } catch (RuntimeException e) {
            LOG.warn("notification not sent, SQS will redeliver it: notificationId={} ticketId={} error={}",
                    notification.notificationId(), notification.ticketId(), SafeErrors.describe(e));
            metrics.count(BusinessMetrics.NOTIFICATION_FAILURES, notification.ticketId());
            return false;
        }
    }

    private static SQSBatchResponse.BatchItemFailure failure(SQSEvent.SQSMessage record) {
        return new SQSBatchResponse.BatchItemFailure(record.getMessageId());
    }
}
