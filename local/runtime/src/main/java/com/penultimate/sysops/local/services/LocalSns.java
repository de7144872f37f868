package com.penultimate.sysops.local.services;

import com.penultimate.sysops.local.outbox.Outbox;
import com.penultimate.sysops.local.outbox.OutboxMessage;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SNS {@code Publish} as the local runtime performs it, with SNS's own checks: to a phone number it is an SMS,
 * recorded in the outbox; to a topic it is recorded in the outbox (channel TOPIC: what email or SMS
 * subscribers, e.g. managers, would read) and delivered to the topic's function subscribers.
 */
public final class LocalSns {
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");
    private static final Pattern SUBJECT = Pattern.compile("[\\x20-\\x7E]{1,100}");

    private final Outbox outbox;
    private final LocalTopics topics;

    public LocalSns(Outbox outbox, LocalTopics topics) {
        this.outbox = outbox;
        this.topics = topics;
    }

    /**
     * Publishes to exactly one of {@code topicArn} and {@code phoneNumber}; returns the message id.
     *
     * @throws AwsError {@code InvalidParameter} or {@code NotFound}, as SNS answers; {@code InternalError} (500)
     *                   for a text while the SMS provider is switched off
     */
    public String publish(String topicArn, String phoneNumber, String subject, String message,
                          Map<String, SnsMessageAttribute> attributes) {
        if (message == null || message.isEmpty()) {
            throw invalid("Empty message");
        }
        if ((topicArn == null) == (phoneNumber == null)) {
            throw invalid("Exactly one of TopicArn, TargetArn or PhoneNumber must be given");
        }
        if (phoneNumber != null) {
            if (!E164.matcher(phoneNumber).matches()) {
                throw invalid("PhoneNumber Reason: " + phoneNumber.replaceAll("\\d(?=\\d{2})", "*")
                        + " is not a valid E.164 number");
            }
            if (!outbox.providers().isUp(OutboxMessage.Channel.SMS)) {
                throw new AwsError(500, "InternalError", "The SMS provider is unavailable");
            }
            return outbox.record(OutboxMessage.Channel.SMS, phoneNumber, null, message).messageId();
        }
        if (!topics.exists(topicArn)) {
            throw new AwsError(404, "NotFound", "Topic does not exist");
        }
        if (subject != null && !SUBJECT.matcher(subject).matches()) {
            throw invalid("Subject must be 1-100 printable ASCII characters without line breaks");
        }
        OutboxMessage recorded = outbox.record(OutboxMessage.Channel.TOPIC, topicArn, subject, message);
        topics.deliver(topicArn, recorded.messageId(), subject, message, attributes, recorded.sentAt());
        return recorded.messageId();
    }

    private static AwsError invalid(String reason) {
        return AwsError.badRequest("InvalidParameter", "Invalid parameter: " + reason);
    }
}
