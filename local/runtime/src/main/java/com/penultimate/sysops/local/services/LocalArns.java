package com.penultimate.sysops.local.services;

/**
 * The one region and account every local resource lives in, and the ARNs AWS would give them there. They match
 * what ElasticMQ reports for queues and what the local workflow engine gives state machines and executions.
 */
public final class LocalArns {
    public static final String REGION = "us-east-1";
    public static final String ACCOUNT_ID = "000000000000";

    private LocalArns() {
    }

    public static String function(String functionName) {
        return "arn:aws:lambda:" + REGION + ":" + ACCOUNT_ID + ":function:" + functionName;
    }

    public static String queue(String queueName) {
        return "arn:aws:sqs:" + REGION + ":" + ACCOUNT_ID + ":" + queueName;
    }

    public static String topic(String topicName) {
        return "arn:aws:sns:" + REGION + ":" + ACCOUNT_ID + ":" + topicName;
    }

    public static String stateMachine(String name) {
        return "arn:aws:states:" + REGION + ":" + ACCOUNT_ID + ":stateMachine:" + name;
    }

    public static String table(String tableName) {
        return "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT_ID + ":table/" + tableName;
    }

    public static String rule(String ruleName) {
        return "arn:aws:events:" + REGION + ":" + ACCOUNT_ID + ":rule/" + ruleName;
    }

    public static String schedule(String scheduleName) {
        return "arn:aws:scheduler:" + REGION + ":" + ACCOUNT_ID + ":schedule/default/" + scheduleName;
    }

    public static String eventBus(String busName) {
        return "arn:aws:events:" + REGION + ":" + ACCOUNT_ID + ":event-bus/" + busName;
    }
}
