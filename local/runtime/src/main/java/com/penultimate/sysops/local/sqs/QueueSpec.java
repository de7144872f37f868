package com.penultimate.sysops.local.sqs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A queue of the template as the local SQS creates it.
 *
 * @param logicalId           the resource's logical id
 * @param name                its resolved {@code QueueName}
 * @param attributes          SQS attributes from its properties (e.g. {@code VisibilityTimeout}), as strings
 * @param deadLetterTargetArn the local ARN of its dead-letter queue; null when it has none
 * @param maxReceiveCount     receives before a message moves to the dead-letter queue
 */
public record QueueSpec(String logicalId, String name, Map<String, String> attributes, String deadLetterTargetArn,
                        int maxReceiveCount) {

    public QueueSpec {
        attributes = Map.copyOf(attributes);
    }

    /** The attributes CreateQueue takes, the redrive policy included. */
    public Map<String, String> createAttributes() {
        Map<String, String> all = new LinkedHashMap<>(attributes);
        if (deadLetterTargetArn != null) {
            all.put("RedrivePolicy", "{\"deadLetterTargetArn\":\"" + deadLetterTargetArn + "\",\"maxReceiveCount\":\""
                    + maxReceiveCount + "\"}");
        }
        return all;
    }

    /** The queue's visibility timeout; 30 seconds, SQS's default, unless set. */
    public int visibilityTimeoutSeconds() {
        return Integer.parseInt(attributes.getOrDefault("VisibilityTimeout", "30"));
    }
}
