package com.penultimate.sysops.local.services;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the template's SNS topics and their Lambda subscribers: functions' {@code Type: SNS} events and
 * {@code AWS::SNS::Subscription} resources (or a topic's inline {@code Subscription}) with protocol
 * {@code lambda}. Email and SMS subscriptions stand for people reading the topic: the outbox's TOPIC record is
 * what they would receive. Other protocols, and filter policies on the message body, are refused by name.
 */
public final class SnsTemplate {
    private static final Set<String> PEOPLE = Set.of("email", "email-json", "sms");

    private SnsTemplate() {
    }

    /** Topic logical id → local ARN. */
    public static Map<String, String> topics(TemplateDocument template) {
        Map<String, String> topics = new LinkedHashMap<>();
        template.resources("AWS::SNS::Topic").keySet().forEach(id -> topics.put(id,
                template.resolve(Map.of("Ref", id))));
        return topics;
    }

    @SuppressWarnings("unchecked")
    public static List<TopicSubscription> subscriptions(TemplateDocument template) {
        List<TopicSubscription> subscriptions = new ArrayList<>();
        for (FunctionEvent event : template.functionEvents("SNS")) {
            Map<String, Object> p = event.properties();
            String name = event.functionLogicalId() + "." + event.eventName();
            if (p.containsKey("SqsSubscription") || "MessageBody".equals(template.resolve(p.get("FilterPolicyScope")))) {
                throw new IllegalArgumentException(name + ": SqsSubscription and body filter policies are not supported locally");
            }
            subscriptions.add(new TopicSubscription(template.resolve(p.get("Topic")), event.functionLogicalId(), name,
                    policy((Map<String, Object>) p.get("FilterPolicy"))));
        }
        template.resources("AWS::SNS::Subscription").forEach((id, p) ->
                add(template, subscriptions, id, template.resolve(p.get("TopicArn")), p));
        template.resources("AWS::SNS::Topic").forEach((id, p) -> {
            List<Map<String, Object>> inline = (List<Map<String, Object>>) p.getOrDefault("Subscription", List.of());
            inline.forEach(s -> add(template, subscriptions, id + ".Subscription", template.resolve(Map.of("Ref", id)), s));
        });
        return subscriptions;
    }

    @SuppressWarnings("unchecked")
    private static void add(TemplateDocument template, List<TopicSubscription> subscriptions, String name,
                            String topicArn, Map<String, Object> p) {
        String protocol = template.resolve(p.get("Protocol"));
        if (PEOPLE.contains(protocol)) {
            return;
        }
        if (!"lambda".equals(protocol)) {
            throw new IllegalArgumentException(name + ": SNS protocol " + protocol + " is not supported locally");
        }
        String endpoint = template.resolve(p.get("Endpoint"));
        String function = template.logicalIdByAttribute("AWS::Serverless::Function", "Arn", endpoint)
                .orElseThrow(() -> new IllegalArgumentException(name + ": no function has the ARN " + endpoint));
        subscriptions.add(new TopicSubscription(topicArn, function, name,
                policy((Map<String, Object>) p.get("FilterPolicy"))));
    }

    private static FilterPolicy policy(Map<String, Object> policy) {
        return policy == null ? FilterPolicy.none() : FilterPolicy.of(policy);
    }
}
