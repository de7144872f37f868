package com.penultimate.sysops.local.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.services.LambdaInvoker;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The template's DynamoDB stream event source mappings, reading DynamoDB Local's streams: one thread per enabled
 * mapping. {@link #stop} stops reading and lets the batch in hand finish.
 */
public final class DynamoDbStreamSources implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbStreamSources.class);

    private final DynamoDbClient dynamoDb;
    private final DynamoDbStreamsClient streams;
    private final LambdaInvoker invoker;
    private final ObjectMapper json = new ObjectMapper();
    private final List<StreamPoller> pollers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    public DynamoDbStreamSources(URI dynamoDbEndpoint, LambdaInvoker invoker) {
        StaticCredentialsProvider local =
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        this.dynamoDb = DynamoDbClient.builder().endpointOverride(dynamoDbEndpoint).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create()).credentialsProvider(local).build();
        this.streams = DynamoDbStreamsClient.builder().endpointOverride(dynamoDbEndpoint).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create()).credentialsProvider(local).build();
        this.invoker = invoker;
    }

    /** Starts reading for every enabled mapping; returns how many read. */
    public synchronized int start(List<StreamEventSource> sources) {
        for (StreamEventSource source : sources) {
            if (!source.enabled()) {
                LOG.info("{}: disabled in the template, not reading", source.name());
                continue;
            }
            String streamArn = dynamoDb.describeTable(d -> d.tableName(source.tableName())).table().latestStreamArn();
            if (streamArn == null) {
                throw new IllegalStateException(source.name() + ": table " + source.tableName()
                        + " has no stream; give it a StreamSpecification in the template");
            }
            StreamPoller poller = new StreamPoller(source, streamArn, streams, invoker, new StreamEventJson(json),
                    json);
            Thread thread = new Thread(poller, "stream-" + source.name());
            thread.setDaemon(true);
            pollers.add(poller);
            threads.add(thread);
            thread.start();
        }
        return threads.size();
    }

    /** Stops reading and waits up to {@code grace} for the batches in hand; true if every reader finished. */
    public synchronized boolean stop(Duration grace) throws InterruptedException {
        pollers.forEach(StreamPoller::stop);
        long deadline = System.nanoTime() + grace.toNanos();
        boolean drained = true;
        for (Thread thread : threads) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            drained &= !thread.isAlive();
        }
        streams.close();
        dynamoDb.close();
        return drained;
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(30));
    }
}
