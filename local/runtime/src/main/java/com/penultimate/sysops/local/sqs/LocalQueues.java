package com.penultimate.sysops.local.sqs;

import com.penultimate.sysops.local.services.LocalArns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The template's queues, created in the local SQS with their attributes and redrive policies (dead-letter queues
 * first, so the engine redrives natively after {@code maxReceiveCount}), findable by logical id.
 */
public final class LocalQueues {
    private final SqsClient sqs;
    private final Map<String, QueueSpec> specs = new LinkedHashMap<>();
    private final Map<String, String> urls = new LinkedHashMap<>();

    public LocalQueues(SqsClient sqs) {
        this.sqs = sqs;
    }

    /** Creates every queue (an existing one with the same attributes is kept); returns how many there are. */
    public synchronized int createAll(List<QueueSpec> queues) {
        List<QueueSpec> pending = new ArrayList<>(queues);
        Set<String> created = new HashSet<>();
        while (!pending.isEmpty()) {
            QueueSpec next = pending.stream()
                    .filter(q -> q.deadLetterTargetArn() == null || created.contains(q.deadLetterTargetArn()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(
                            "dead-letter queues not in the template, or in a cycle: " + pending));
            String url = sqs.createQueue(b -> b.queueName(next.name()).attributesWithStrings(next.createAttributes()))
                    .queueUrl();
            specs.put(next.logicalId(), next);
            urls.put(next.logicalId(), url);
            created.add(LocalArns.queue(next.name()));
            pending.remove(next);
        }
        return specs.size();
    }

    public synchronized String url(String logicalId) {
        String url = urls.get(logicalId);
        if (url == null) {
            throw new IllegalArgumentException("no local queue " + logicalId);
        }
        return url;
    }

    public synchronized QueueSpec spec(String logicalId) {
        url(logicalId);
        return specs.get(logicalId);
    }

    public String arn(String logicalId) {
        return LocalArns.queue(spec(logicalId).name());
    }

    public synchronized Set<String> logicalIds() {
        return Set.copyOf(urls.keySet());
    }

    /** The queue's approximate depth right now. */
    public QueueDepth depth(String logicalId) {
        Map<QueueAttributeName, String> a = sqs.getQueueAttributes(b -> b.queueUrl(url(logicalId)).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
        return new QueueDepth(count(a, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES),
                count(a, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE),
                count(a, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED));
    }

    private static int count(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
        return Integer.parseInt(attributes.getOrDefault(name, "0"));
    }
}
