package com.penultimate.sysops.local.sqs;

import com.penultimate.sysops.local.services.FunctionEvent;
import com.penultimate.sysops.local.services.TemplateDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the template's {@code AWS::SQS::Queue} resources and its functions' {@code Type: SQS} events. Properties
 * that change behaviour and that the local SQS cannot honour are refused by name, so nothing is silently dropped.
 */
public final class SqsTemplate {
    private static final Set<String> ATTRIBUTES = Set.of("VisibilityTimeout", "MessageRetentionPeriod",
            "DelaySeconds", "MaximumMessageSize", "ReceiveMessageWaitTimeSeconds", "FifoQueue",
            "ContentBasedDeduplication");
    /** Encryption, tags and redrive permissions change nothing a local run can observe. */
    private static final Set<String> IGNORED = Set.of("QueueName", "RedrivePolicy", "Tags", "SqsManagedSseEnabled",
            "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "RedriveAllowPolicy");
    private static final Set<String> EVENT_IGNORED = Set.of("Queue", "BatchSize", "MaximumBatchingWindowInSeconds",
            "FunctionResponseTypes", "Enabled", "ScalingConfig", "KmsKeyArn", "MetricsConfig");

    private SqsTemplate() {
    }

    @SuppressWarnings("unchecked")
    public static List<QueueSpec> queues(TemplateDocument template) {
        List<QueueSpec> queues = new ArrayList<>();
        template.resources("AWS::SQS::Queue").forEach((id, props) -> {
            Map<String, String> attributes = new LinkedHashMap<>();
            props.forEach((key, value) -> {
                if (ATTRIBUTES.contains(key)) {
                    attributes.put(key, template.resolve(value));
                } else if (!IGNORED.contains(key)) {
                    throw new IllegalArgumentException(id + ": queue property " + key + " is not supported locally");
                }
            });
            Map<String, Object> redrive = (Map<String, Object>) props.get("RedrivePolicy");
            String dlq = redrive == null ? null : template.resolve(redrive.get("deadLetterTargetArn"));
            int maxReceiveCount = redrive == null ? 0 : Integer.parseInt(template.resolve(redrive.get("maxReceiveCount")));
            queues.add(new QueueSpec(id, template.physicalName(id), attributes, dlq, maxReceiveCount));
        });
        return queues;
    }

    @SuppressWarnings("unchecked")
    public static List<SqsEventSource> eventSources(TemplateDocument template) {
        List<SqsEventSource> sources = new ArrayList<>();
        for (FunctionEvent event : template.functionEvents("SQS")) {
            Map<String, Object> p = event.properties();
            String where = event.functionLogicalId() + "." + event.eventName();
            p.keySet().stream().filter(k -> !EVENT_IGNORED.contains(k)).findFirst().ifPresent(k -> {
                throw new IllegalArgumentException(where + ": SQS event property " + k + " is not supported locally");
            });
            String queueArn = template.resolve(p.get("Queue"));
            String queue = template.logicalIdByAttribute("AWS::SQS::Queue", "Arn", queueArn).orElseThrow(() ->
                    new IllegalArgumentException(where + ": no queue of the template has the ARN " + queueArn));
            List<Object> responseTypes = (List<Object>) p.getOrDefault("FunctionResponseTypes", List.of());
            sources.add(new SqsEventSource(event.functionLogicalId(), event.eventName(), queue,
                    integer(template, p.get("BatchSize"), 10),
                    Duration.ofSeconds(integer(template, p.get("MaximumBatchingWindowInSeconds"), 0)),
                    responseTypes.stream().map(template::resolve).anyMatch("ReportBatchItemFailures"::equals),
                    !"false".equals(template.resolve(p.get("Enabled")))));
        }
        return sources;
    }

    private static int integer(TemplateDocument template, Object value, int defaultValue) {
        return value == null ? defaultValue : Integer.parseInt(template.resolve(value));
    }
}
