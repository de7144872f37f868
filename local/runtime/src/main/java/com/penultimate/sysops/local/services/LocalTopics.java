package com.penultimate.sysops.local.services;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The template's SNS topics and the functions subscribed to them. A publication is delivered to every
 * subscriber whose filter policy matches, as an asynchronous Lambda invocation with an {@code SNSEvent}.
 */
public final class LocalTopics {
    private static final Logger LOG = LoggerFactory.getLogger(LocalTopics.class);

    private final Map<String, String> arnsByLogicalId;
    private final List<TopicSubscription> subscriptions;
    private final AsyncLambdaInvoker invoker;
    private final SnsEventJson events = new SnsEventJson(new ObjectMapper());

    public LocalTopics(Map<String, String> arnsByLogicalId, List<TopicSubscription> subscriptions,
                       AsyncLambdaInvoker invoker) {
        this.arnsByLogicalId = Map.copyOf(arnsByLogicalId);
        this.subscriptions = List.copyOf(subscriptions);
        this.invoker = invoker;
        subscriptions.stream().filter(s -> !exists(s.topicArn())).findFirst().ifPresent(s -> {
            throw new IllegalArgumentException(s.name() + " subscribes to " + s.topicArn() + ", not a topic of the template");
        });
    }

    /** Reads topics and subscriptions from the template. */
    public static LocalTopics fromTemplate(TemplateDocument template, AsyncLambdaInvoker invoker) {
        return new LocalTopics(SnsTemplate.topics(template), SnsTemplate.subscriptions(template), invoker);
    }

    /** The local ARN of the topic with this logical id. */
    public String arn(String logicalId) {
        String arn = arnsByLogicalId.get(logicalId);
        if (arn == null) {
            throw new IllegalArgumentException("no topic " + logicalId + " in the template");
        }
        return arn;
    }

    public boolean exists(String topicArn) {
        return arnsByLogicalId.containsValue(topicArn);
    }

    /** Hands the publication to each matching subscriber; returns how many will receive it. */
    public int deliver(String topicArn, String messageId, String subject, String message,
                       Map<String, SnsMessageAttribute> attributes, Instant timestamp) {
        if (!exists(topicArn)) {
            throw new IllegalArgumentException("no topic " + topicArn);
        }
        int delivered = 0;
        for (TopicSubscription s : subscriptions) {
            if (s.topicArn().equals(topicArn) && s.filterPolicy().matches(attributes)) {
                invoker.submit(s.functionLogicalId(), events.event(s, messageId, subject, message, attributes, timestamp));
                delivered++;
            }
        }
        LOG.info("SNS {} → {} subscriber(s)", topicArn, delivered);
        return delivered;
    }
}
