package com.penultimate.sysops.local.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penultimate.sysops.local.asl.TaskFailedException;
import com.penultimate.sysops.local.asl.TaskInvoker;
import com.penultimate.sysops.local.services.AwsError;
import com.penultimate.sysops.local.services.LocalSns;
import com.penultimate.sysops.local.services.SnsMessageAttribute;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * The optimized service integrations local state machines can call: {@code sqs:sendMessage} to the local SQS and
 * {@code sns:publish} to the local SNS (with or without {@code .waitForTaskToken}). Service errors fail the task
 * as Step Functions names them, e.g. {@code SQS.QueueDoesNotExistException}, {@code SNS.NotFoundException}.
 */
public final class ServiceTasks {
    public static final String SQS_SEND_MESSAGE = "arn:aws:states:::sqs:sendMessage";
    public static final String SNS_PUBLISH = "arn:aws:states:::sns:publish";

    private ServiceTasks() {
    }

    /** {@code sqs:sendMessage}: QueueUrl, MessageBody (text, or JSON sent as its text), DelaySeconds, attributes. */
    public static TaskInvoker sqsSendMessage(SqsClient sqs) {
        return (resource, p, context) -> {
            Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
            p.path("MessageAttributes").fields().forEachRemaining(a -> attributes.put(a.getKey(),
                    MessageAttributeValue.builder().dataType(a.getValue().path("DataType").asText("String"))
                            .stringValue(a.getValue().path("StringValue").asText()).build()));
            try {
                SendMessageResponse sent = sqs.sendMessage(b -> b.queueUrl(p.path("QueueUrl").asText())
                        .messageBody(text(p.path("MessageBody")))
                        .delaySeconds(p.has("DelaySeconds") ? p.get("DelaySeconds").asInt() : null)
                        .messageGroupId(p.path("MessageGroupId").asText(null))
                        .messageDeduplicationId(p.path("MessageDeduplicationId").asText(null))
                        .messageAttributes(attributes));
                return withRequestId(JsonNodeFactory.instance.objectNode()
                        .put("MD5OfMessageBody", sent.md5OfMessageBody()).put("MessageId", sent.messageId()));
            } catch (SqsException e) {
                throw new TaskFailedException("SQS." + e.getClass().getSimpleName(), e.getMessage());
            }
        };
    }

    /** {@code sns:publish}: TopicArn or PhoneNumber, Message (text, or JSON sent as its text), Subject, attributes. */
    public static TaskInvoker snsPublish(LocalSns sns) {
        return (resource, p, context) -> {
            Map<String, SnsMessageAttribute> attributes = new LinkedHashMap<>();
            p.path("MessageAttributes").fields().forEachRemaining(a -> attributes.put(a.getKey(), new SnsMessageAttribute(
                    a.getValue().path("DataType").asText("String"), a.getValue().path("StringValue").asText())));
            try {
                String messageId = sns.publish(p.path("TopicArn").asText(null), p.path("PhoneNumber").asText(null),
                        p.path("Subject").asText(null), p.has("Message") ? text(p.get("Message")) : null, attributes);
                return withRequestId(JsonNodeFactory.instance.objectNode().put("MessageId", messageId));
            } catch (AwsError e) {
                throw new TaskFailedException("SNS." + e.code() + "Exception", e.getMessage());
            }
        };
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static ObjectNode withRequestId(ObjectNode result) {
        result.putObject("SdkResponseMetadata").put("RequestId", UUID.randomUUID().toString());
        return result;
    }
}
