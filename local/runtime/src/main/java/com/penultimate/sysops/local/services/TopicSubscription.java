package com.penultimate.sysops.local.services;

/**
 * A function subscribed to an SNS topic ({@code Type: SNS} event, or an {@code AWS::SNS::Subscription} with
 * protocol {@code lambda}).
 *
 * @param topicArn          the topic's local ARN
 * @param functionLogicalId the subscribed function
 * @param name              the subscription's name, for its ARN and the logs
 * @param filterPolicy      which publications it receives
 */
public record TopicSubscription(String topicArn, String functionLogicalId, String name, FilterPolicy filterPolicy) {

    /** The subscription's ARN, as SNS builds it: the topic ARN and an id. */
    public String subscriptionArn() {
        return topicArn + ":" + name;
    }
}
