package com.penultimate.sysops.local.sqs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.services.LambdaInvoker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The template's SQS event source mappings running against the local SQS: one polling thread per enabled
 * mapping. {@link #stop} stops polling and lets the batches in hand finish, so a shutdown loses nothing.
 */
public final class SqsEventSources implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SqsEventSources.class);

    private final SqsClient sqs;
    private final LocalQueues queues;
    private final LambdaInvoker invoker;
    private final SqsEventJson events;
    private final BatchItemFailures failures;
    private final Redelivery redelivery;
    private final List<SqsPoller> pollers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    public SqsEventSources(SqsClient sqs, LocalQueues queues, LambdaInvoker invoker) {
        this(sqs, queues, invoker, (source, message) -> false);
    }

    /** Also delivers the messages {@code redelivery} picks a second time, as SQS's at-least-once delivery may. */
    public SqsEventSources(SqsClient sqs, LocalQueues queues, LambdaInvoker invoker, Redelivery redelivery) {
        this.redelivery = redelivery;
        this.sqs = sqs;
        this.queues = queues;
        this.invoker = invoker;
        ObjectMapper json = new ObjectMapper();
        this.events = new SqsEventJson(json);
        this.failures = new BatchItemFailures(json);
    }

    /** Starts polling for every enabled mapping; returns how many poll. */
    public synchronized int start(List<SqsEventSource> sources) {
        for (SqsEventSource source : sources) {
            if (!source.enabled()) {
                LOG.info("{}: disabled in the template, not polling", source.name());
                continue;
            }
            SqsPoller poller = new SqsPoller(source, queues.url(source.queueLogicalId()),
                    queues.arn(source.queueLogicalId()), sqs, invoker, events, failures, redelivery);
            Thread thread = new Thread(poller, "sqs-" + source.name());
            thread.setDaemon(true);
            pollers.add(poller);
            threads.add(thread);
            thread.start();
        }
        return threads.size();
    }

    /**
     * Stops polling and waits up to {@code grace} for the batches in hand to finish.
     *
     * @return true if every poller finished in time
     */
    public synchronized boolean stop(Duration grace) throws InterruptedException {
        pollers.forEach(SqsPoller::stop);
        long deadline = System.nanoTime() + grace.toNanos();
        boolean drained = true;
        for (Thread thread : threads) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (thread.isAlive()) {
                LOG.warn("{} is still busy after {}", thread.getName(), grace);
                drained = false;
            }
        }
        return drained;
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(30));
    }
}
