package com.penultimate.sysops.local.services;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;

/** Builds the event Lambda gives a function subscribed to an SNS topic ({@code SNSEvent}), field for field. */
final class SnsEventJson {
    private static final String SNS_HOST = "https://sns." + LocalArns.REGION + ".amazonaws.com";

    private final ObjectMapper json;

    SnsEventJson(ObjectMapper json) {
        this.json = json;
    }

    String event(TopicSubscription subscription, String messageId, String subject, String message,
                 Map<String, SnsMessageAttribute> attributes, Instant timestamp) {
        ObjectNode event = json.createObjectNode();
        ObjectNode record = event.putArray("Records").addObject()
                .put("EventSource", "aws:sns")
                .put("EventVersion", "1.0")
                .put("EventSubscriptionArn", subscription.subscriptionArn());
        ObjectNode sns = record.putObject("Sns")
                .put("Type", "Notification")
                .put("MessageId", messageId)
                .put("TopicArn", subscription.topicArn())
                .put("Subject", subject)
                .put("Message", message)
                .put("Timestamp", timestamp.truncatedTo(ChronoUnit.MILLIS).toString())
                .put("SignatureVersion", "1")
                .put("Signature", Base64.getEncoder().encodeToString(("local:" + messageId).getBytes(StandardCharsets.UTF_8)))
                .put("SigningCertUrl", SNS_HOST + "/SimpleNotificationService-local.pem")
                .put("UnsubscribeUrl", SNS_HOST + "/?Action=Unsubscribe&SubscriptionArn="
                        + subscription.subscriptionArn());
        ObjectNode messageAttributes = sns.putObject("MessageAttributes");
        attributes.forEach((name, a) -> messageAttributes.putObject(name).put("Type", a.type()).put("Value", a.value()));
        return event.toString();
    }
}
