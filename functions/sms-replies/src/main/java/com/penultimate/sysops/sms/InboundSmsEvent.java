package com.penultimate.sysops.sms;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The event SNS invokes the function with, as SNS writes it ({@code Records[].Sns.Message}, ...), reduced to
 * what replies need. Not {@code SNSEvent}: the serde module behind the Lambda runtime's serializer binds that
 * class by its Java property names, so every record's {@code Sns} came back null.
 *
 * @param records one per SNS notification (SNS delivers one per invocation)
 */
@Serdeable
public record InboundSmsEvent(@JsonProperty("Records") @Nullable List<Record> records) {

    /** One delivery from the topic. */
    @Serdeable
    public record Record(@JsonProperty("EventSource") @Nullable String eventSource,
                         @JsonProperty("Sns") @Nullable Notification sns) {
    }

    /**
     * The SNS notification; {@code message} is the End User Messaging inbound-SMS JSON.
     *
     * @param messageId SNS's id of the notification (safe to log)
     */
    @Serdeable
    public record Notification(@JsonProperty("MessageId") @Nullable String messageId,
                               @JsonProperty("TopicArn") @Nullable String topicArn,
                               @JsonProperty("Timestamp") @Nullable String timestamp,
                               @JsonProperty("Message") @Nullable String message) {
    }
}
