package com.penultimate.sysops.local.sqs;

import com.penultimate.sysops.local.services.LambdaInvoker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * One SQS event source mapping at work, as Lambda runs it: long-polls the queue, gathers a batch, invokes the
 * function, deletes the messages that succeeded and leaves the failed ones to reappear after the visibility
 * timeout (and, after {@code maxReceiveCount} receives, to move to the dead-letter queue).
 */
final class SqsPoller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(SqsPoller.class);
    /** Short long-polls, so that a stop takes effect within about a second. */
    private static final int WAIT_SECONDS = 1;

    private final SqsEventSource source;
    private final String queueUrl;
    private final String queueArn;
    private final SqsClient sqs;
    private final LambdaInvoker invoker;
    private final SqsEventJson events;
    private final BatchItemFailures failures;
    private final Redelivery redelivery;
    private final CountDownLatch stopping = new CountDownLatch(1);

    SqsPoller(SqsEventSource source, String queueUrl, String queueArn, SqsClient sqs, LambdaInvoker invoker,
              SqsEventJson events, BatchItemFailures failures, Redelivery redelivery) {
        this.redelivery = redelivery;
        this.source = source;
        this.queueUrl = queueUrl;
        this.queueArn = queueArn;
        this.sqs = sqs;
        this.invoker = invoker;
        this.events = events;
        this.failures = failures;
    }

    @Override
    public void run() {
        while (!stopped()) {
            try {
                List<Message> batch = gather();
                if (!batch.isEmpty()) {
                    handle(batch);
                }
            } catch (RuntimeException e) {
                LOG.warn("{}: polling {} failed; trying again in a second", source.name(), queueUrl, e);
                pause(Duration.ofSeconds(1));
            }
        }
    }

    /** Asks the loop to end after the batch in hand, if any. */
    void stop() {
        stopping.countDown();
    }

    private boolean stopped() {
        return stopping.getCount() == 0;
    }

    private List<Message> gather() {
        List<Message> batch = new ArrayList<>();
        long deadline = System.nanoTime() + source.batchingWindow().toNanos();
        do {
            int wanted = Math.min(10, source.batchSize() - batch.size());
            batch.addAll(sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(wanted)
                    .waitTimeSeconds(WAIT_SECONDS)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                    .messageAttributeNames("All")).messages());
        } while (!stopped() && batch.size() < source.batchSize() && System.nanoTime() < deadline);
        return batch;
    }

    private void handle(List<Message> batch) {
        Set<String> failed;
        try {
            String answer = invoker.invoke(source.functionLogicalId(), events.event(batch, queueArn));
            failed = source.reportBatchItemFailures() ? failures.failedMessageIds(answer, batch) : Set.of();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("{}: the function failed on a batch of {}; they return to the queue", source.name(),
                    batch.size(), e);
            failed = batch.stream().map(Message::messageId).collect(Collectors.toSet());
        }
        if (!failed.isEmpty()) {
            LOG.info("{}: {} of {} messages failed and return after the visibility timeout", source.name(),
                    failed.size(), batch.size());
        }
        Set<String> keep = failed;
        redeliver(batch.stream().filter(m -> !keep.contains(m.messageId())
                && redelivery.again(source, m)).toList());
        delete(batch.stream().filter(m -> !keep.contains(m.messageId())).toList());
    }

    /**
     * Delivers messages that succeeded once more, as a second receive of the same message would; a failure
     * of the second delivery changes nothing, since the first one succeeded.
     */
    private void redeliver(List<Message> again) {
        if (again.isEmpty()) {
            return;
        }
        try {
            invoker.invoke(source.functionLogicalId(), events.event(again, queueArn));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.info("{}: the second delivery of {} messages failed; the first succeeded", source.name(),
                    again.size());
        }
    }

    private void delete(List<Message> done) {
        for (int from = 0; from < done.size(); from += 10) {
            List<Message> chunk = done.subList(from, Math.min(done.size(), from + 10));
            List<DeleteMessageBatchRequestEntry> entries = IntStream.range(0, chunk.size())
                    .mapToObj(i -> DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                            .receiptHandle(chunk.get(i).receiptHandle()).build())
                    .toList();
            sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(entries)).failed().forEach(f ->
                    LOG.warn("{}: could not delete a processed message: {} {}", source.name(), f.code(), f.message()));
        }
    }

    private void pause(Duration duration) {
        try {
            stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        }
    }
}
