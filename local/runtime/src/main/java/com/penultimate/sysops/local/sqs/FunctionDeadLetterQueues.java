package com.penultimate.sysops.local.sqs;

import com.penultimate.sysops.local.services.DeadLetterTarget;
import com.penultimate.sysops.local.services.TemplateDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Functions' {@code DeadLetterQueue} of {@code Type: SQS}: an asynchronous event that failed every attempt is sent
 * there as Lambda sends it, the event as the body and {@code RequestID}, {@code ErrorCode} and
 * {@code ErrorMessage} (its first kilobyte) as message attributes.
 */
public final class FunctionDeadLetterQueues implements DeadLetterTarget {
    private static final int MAX_ERROR_MESSAGE = 1024;

    private final SqsClient sqs;
    private final LocalQueues queues;
    private final Map<String, String> queueByFunction;

    /** {@code queueByFunction}: function logical id → queue logical id. */
    public FunctionDeadLetterQueues(SqsClient sqs, LocalQueues queues, Map<String, String> queueByFunction) {
        this.sqs = sqs;
        this.queues = queues;
        this.queueByFunction = Map.copyOf(queueByFunction);
    }

    /** Reads every function's {@code DeadLetterQueue}; an SNS one is refused by name. */
    @SuppressWarnings("unchecked")
    public static FunctionDeadLetterQueues fromTemplate(TemplateDocument template, SqsClient sqs, LocalQueues queues) {
        Map<String, String> queueByFunction = new LinkedHashMap<>();
        template.resources("AWS::Serverless::Function").forEach((id, props) -> {
            Map<String, Object> dlq = (Map<String, Object>) props.get("DeadLetterQueue");
            if (dlq == null) {
                return;
            }
            if (!"SQS".equals(template.resolve(dlq.get("Type")))) {
                throw new IllegalArgumentException(id + ": a DeadLetterQueue of Type " + dlq.get("Type")
                        + " is not supported locally");
            }
            String arn = template.resolve(dlq.get("TargetArn"));
            queueByFunction.put(id, template.logicalIdByAttribute("AWS::SQS::Queue", "Arn", arn).orElseThrow(() ->
                    new IllegalArgumentException(id + ": its DeadLetterQueue " + arn + " is not a queue of the template")));
        });
        return new FunctionDeadLetterQueues(sqs, queues, queueByFunction);
    }

    @Override
    public boolean accept(String functionLogicalId, String eventJson, Exception error) {
        String queue = queueByFunction.get(functionLogicalId);
        if (queue == null) {
            return false;
        }
        String message = String.valueOf(error.getMessage());
        sqs.sendMessage(b -> b.queueUrl(queues.url(queue)).messageBody(eventJson).messageAttributes(Map.of(
                "RequestID", text(UUID.randomUUID().toString()),
                "ErrorCode", MessageAttributeValue.builder().dataType("Number").stringValue("200").build(),
                "ErrorMessage", text(message.substring(0, Math.min(MAX_ERROR_MESSAGE, message.length()))))));
        return true;
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
