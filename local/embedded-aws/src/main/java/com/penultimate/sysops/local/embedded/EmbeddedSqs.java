package com.penultimate.sysops.local.embedded;

import java.net.URI;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * ElasticMQ, an SQS-compatible engine, running in this JVM and listening on 127.0.0.1 only. It speaks the
 * SQS JSON protocol the AWS SDK v2 uses, including redrive to a dead-letter queue after
 * {@code maxReceiveCount}. Queues live in memory; their ARNs are {@code arn:aws:sqs:us-east-1:000000000000:<name>}.
 */
public final class EmbeddedSqs implements AutoCloseable {
    public static final String REGION = "us-east-1";
    public static final String ACCOUNT_ID = "000000000000";

    private final SQSRestServer server;
    private final URI endpoint;

    private EmbeddedSqs(SQSRestServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    /** Starts an engine on {@code port} of the loopback address and waits until it takes requests. */
    public static EmbeddedSqs start(int port) {
        URI endpoint = URI.create("http://" + Loopback.ADDRESS + ":" + port);
        SQSRestServer server = SQSRestServerBuilder
                .withInterface(Loopback.ADDRESS)
                .withPort(port)
                // Queue URLs name the address clients reach, not the default "localhost:9324".
                .withServerAddress(new NodeAddress("http", Loopback.ADDRESS, port, ""))
                .withAWSRegion(REGION)
                .withAWSAccountId(ACCOUNT_ID)
                .start();
        try {
            server.waitUntilStarted();
        } catch (RuntimeException e) {
            server.stopAndWait();
            throw new IllegalStateException("ElasticMQ did not start on " + endpoint, e);
        }
        return new EmbeddedSqs(server, endpoint);
    }

    /** Starts an engine on a free loopback port. */
    public static EmbeddedSqs startOnFreePort() {
        return start(Loopback.freePort());
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The URL of queue {@code name} on this engine, as CreateQueue and GetQueueUrl give it. */
    public String queueUrl(String name) {
        return endpoint + "/" + ACCOUNT_ID + "/" + name;
    }

    /** The ARN of queue {@code name} on this engine, as GetQueueAttributes gives it. */
    public static String queueArn(String name) {
        return "arn:aws:sqs:" + REGION + ":" + ACCOUNT_ID + ":" + name;
    }

    /** Stops listening and shuts the engine's actor system down. */
    @Override
    public void close() {
        server.stopAndWait();
    }
}
