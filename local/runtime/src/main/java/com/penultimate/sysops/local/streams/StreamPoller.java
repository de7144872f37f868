package com.penultimate.sysops.local.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.services.LambdaInvoker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * One DynamoDB event source mapping at work, as Lambda runs it: reads every shard of the table's stream in order,
 * hands the function batches, and on a failure retries from the record the function named (or the whole batch
 * without {@code ReportBatchItemFailures}), in order, so a shard never runs ahead of a failing record; after
 * {@code MaximumRetryAttempts} the failing records are given up, as Lambda does when no destination takes them.
 */
final class StreamPoller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamPoller.class);
    private static final Duration IDLE = Duration.ofMillis(250);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final StreamEventSource source;
    private final String streamArn;
    private final DynamoDbStreamsClient streams;
    private final LambdaInvoker invoker;
    private final StreamEventJson events;
    private final ObjectMapper json;
    private final Map<String, String> iterators = new LinkedHashMap<>();
    private final Map<String, String> delivered = new LinkedHashMap<>();
    private final List<String> finished = new ArrayList<>();
    private final CountDownLatch stopping = new CountDownLatch(1);

    StreamPoller(StreamEventSource source, String streamArn, DynamoDbStreamsClient streams, LambdaInvoker invoker,
                 StreamEventJson events, ObjectMapper json) {
        this.source = source;
        this.streamArn = streamArn;
        this.streams = streams;
        this.invoker = invoker;
        this.events = events;
        this.json = json;
    }

    @Override
    public void run() {
        while (!stopped()) {
            try {
                discoverShards();
                boolean busy = false;
                for (String shard : List.copyOf(iterators.keySet())) {
                    busy |= readShard(shard);
                }
                if (!busy) {
                    pause(IDLE);
                }
            } catch (RuntimeException e) {
                LOG.warn("{}: reading the stream of {} failed; trying again in a second", source.name(),
                        source.tableName(), e);
                pause(RETRY_PAUSE);
            }
        }
    }

    void stop() {
        stopping.countDown();
    }

    private boolean stopped() {
        return stopping.getCount() == 0;
    }

    private void discoverShards() {
        for (Shard shard : streams.describeStream(d -> d.streamArn(streamArn)).streamDescription().shards()) {
            if (!iterators.containsKey(shard.shardId()) && !finished.contains(shard.shardId())) {
                String parent = shard.parentShardId();
                if (parent != null && iterators.containsKey(parent)) {
                    continue; // a child is read once its parent is done, keeping each key's changes in order
                }
                iterators.put(shard.shardId(), iterator(shard.shardId(), source.trimHorizon()
                        ? ShardIteratorType.TRIM_HORIZON : ShardIteratorType.LATEST));
            }
        }
    }

    /**
     * A new iterator for the shard: where asked when nothing was delivered from it yet, else right after the last
     * record delivered (DynamoDB Local invalidates an iterator taken on an empty shard once records arrive).
     */
    private String iterator(String shard, ShardIteratorType start) {
        String after = delivered.get(shard);
        return streams.getShardIterator(i -> i.streamArn(streamArn).shardId(shard)
                .shardIteratorType(after == null ? start : ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                .sequenceNumber(after)).shardIterator();
    }

    /** Reads one batch of the shard and hands it over; true when there were records. */
    private boolean readShard(String shard) {
        GetRecordsResponse page;
        try {
            page = streams.getRecords(r -> r.shardIterator(iterators.get(shard))
                    .limit(Math.min(source.batchSize(), 1000)));
        } catch (TrimmedDataAccessException | ExpiredIteratorException stale) {
            iterators.put(shard, iterator(shard, ShardIteratorType.TRIM_HORIZON));
            return false;
        }
        if (page.nextShardIterator() == null) {
            iterators.remove(shard);
            finished.add(shard);
        } else {
            iterators.put(shard, page.nextShardIterator());
        }
        if (page.records().isEmpty()) {
            return false;
        }
        deliver(page.records());
        delivered.put(shard, page.records().get(page.records().size() - 1).dynamodb().sequenceNumber());
        return true;
    }

    private void deliver(List<Record> batch) {
        List<Record> pending = batch;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            int failedFrom = invoke(pending);
            if (failedFrom < 0) {
                return;
            }
            pending = pending.subList(failedFrom, pending.size());
            if (source.maximumRetryAttempts() >= 0 && attempt >= source.maximumRetryAttempts()) {
                LOG.error("{}: {} stream records failed {} times and are given up", source.name(), pending.size(),
                        attempt + 1);
                return;
            }
            if (stopped()) {
                return;
            }
            pause(RETRY_PAUSE);
        }
    }

    /** Invokes the function; the index of the first record to retry, or -1 when all succeeded. */
    private int invoke(List<Record> batch) {
        try {
            String answer = invoker.invoke(source.functionLogicalId(), events.event(batch, streamArn));
            if (!source.reportBatchItemFailures() || answer == null || answer.isBlank()) {
                return -1;
            }
            JsonNode failures = json.readTree(answer).path("batchItemFailures");
            int first = -1;
            for (JsonNode failure : failures) {
                String sequence = failure.path("itemIdentifier").asText("");
                for (int i = 0; i < batch.size(); i++) {
                    if (batch.get(i).dynamodb().sequenceNumber().equals(sequence) && (first < 0 || i < first)) {
                        first = i;
                    }
                }
                if (first < 0) {
                    return 0;
                }
            }
            return first;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("{}: the function failed on {} stream records; the batch is retried", source.name(),
                    batch.size(), e);
            return 0;
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
