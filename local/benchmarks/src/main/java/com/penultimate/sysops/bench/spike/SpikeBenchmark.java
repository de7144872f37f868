package com.penultimate.sysops.bench.spike;

import com.penultimate.sysops.bench.ClosedLoop;
import com.penultimate.sysops.local.LocalApi;
import com.penultimate.sysops.local.LocalSystem;
import com.penultimate.sysops.local.outbox.OutboxMessage;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Benchmark 1, a load spike: files {@code -Dtickets} tickets (5,000) from {@code -Dconcurrency} clients (64)
 * through the local HTTP API and prints intake throughput and latency, the time until every ticket is offered,
 * and beside them the floor: raw PutItem of a ticket-sized item on the same DynamoDB Local at the same
 * concurrency. Targets: intake at least half the raw rate, p99 at most ten times p50.
 */
public final class SpikeBenchmark {
    private static final String TICKETS_TABLE = "sysops-tickets-" + LocalSystem.STAGE;
    private static final Duration OFFER_PATIENCE = Duration.ofMinutes(20);
    /** How every offer text to an expert begins, before the ticket id (MessageTexts, EXPERT_OFFER). */
    private static final String OFFER_TEXT = "Sysops Squad: new ticket ";

    private SpikeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tickets = Integer.getInteger("tickets", 5_000);
        int concurrency = Integer.getInteger("concurrency", 64);
        int warmup = Math.min(500, Math.max(concurrency, tickets / 10));
        try (LocalSystem system = LocalSystem.start(new LocalSystem.Settings(Path.of("").toAbsolutePath(), 0, null,
                false, 1));
             DynamoDbClient dynamoDb = client(system.dynamoDbEndpoint())) {
            LocalApi api = new LocalApi(system.baseUri());
            SpikeFixture fixture = new SpikeFixture(api).seed(warmup + tickets, concurrency);
            System.out.printf(Locale.ROOT, "seeded; warming up with %d tickets and %d raw writes%n", warmup, warmup);

            ClosedLoop.run(warmup, concurrency, i -> file(api, fixture, "warm-" + i, i));
            awaitOffered(system, dynamoDb, warmup, System.nanoTime());
            RawWriteFloor floor = RawWriteFloor.like(dynamoDb, TICKETS_TABLE, "bench-raw-writes",
                    anyTicket(dynamoDb));
            floor.run("warm-", warmup, concurrency);
            ClosedLoop.Result raw = floor.run("raw-", tickets, concurrency);

            long start = System.nanoTime();
            ClosedLoop.Result intake = ClosedLoop.run(tickets, concurrency,
                    i -> file(api, fixture, "spike-" + i, i));
            long offeredNanos = awaitOffered(system, dynamoDb, warmup + tickets, start);

            System.out.printf(Locale.ROOT, "%n== spike: %d tickets, concurrency %d (2-core machine) ==%n", tickets,
                    concurrency);
            System.out.printf(Locale.ROOT, "raw PutItem floor : %8.1f writes/s   %s%n", raw.perSecond(),
                    raw.latencies().summary());
            System.out.printf(Locale.ROOT, "intake POST       : %8.1f tickets/s  %s%n", intake.perSecond(),
                    intake.latencies().summary());
            System.out.printf(Locale.ROOT, "all offered after : %8.1f s from the first POST (the last expert texted)%n",
                    offeredNanos / 1e9);
            double ratio = intake.perSecond() / raw.perSecond();
            double tail = intake.latencies().percentileMillis(99) / intake.latencies().percentileMillis(50);
            System.out.printf(Locale.ROOT, "intake / raw rate : %8.2f  (target >= 0.50: %s)%n", ratio,
                    ratio >= 0.5 ? "met" : "NOT met");
            System.out.printf(Locale.ROOT, "intake p99 / p50  : %8.2f  (target <= 10: %s)%n", tail,
                    tail <= 10 ? "met" : "NOT met");
        }
    }

    private static void file(LocalApi api, SpikeFixture fixture, String key, int i) {
        LocalApi.Answer answer = api.send("POST", "/tickets", fixture.customerFor(i),
                "{\"product\":\"" + SpikeFixture.PRODUCT + "\",\"description\":\"Spike ticket " + i + ": no picture\"}",
                "Idempotency-Key", key);
        if (answer.status() != 202) {
            throw new IllegalStateException("ticket " + key + ": " + answer.status() + " " + answer.raw().body());
        }
    }

    /**
     * Waits until {@code expected} distinct tickets have had their offer sent to an expert (the outbox, in memory);
     * the nanoseconds from {@code since} until then. The table's OFFERED count is then read once, to print. Polling
     * that count instead would load DynamoDB Local's single SQLite thread with thousands of item reads a second
     * and slow the very workflows being timed.
     */
    private static long awaitOffered(LocalSystem system, DynamoDbClient dynamoDb, int expected, long since) {
        long deadline = System.nanoTime() + OFFER_PATIENCE.toNanos();
        Set<String> offered = new HashSet<>();
        int seen = 0;
        while (System.nanoTime() < deadline) {
            List<OutboxMessage> messages = system.outbox().messages();
            for (; seen < messages.size(); seen++) {
                String body = messages.get(seen).body();
                if (body.startsWith(OFFER_TEXT)) {
                    int end = body.indexOf(' ', OFFER_TEXT.length());
                    offered.add(body.substring(OFFER_TEXT.length(), end < 0 ? body.length() : end));
                }
            }
            if (offered.size() >= expected) {
                long took = System.nanoTime() - since;
                System.out.printf(Locale.ROOT, "%d tickets offered; OFFERED in the table now: %d%n", offered.size(),
                        count(dynamoDb, "OFFERED"));
                return took;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new IllegalStateException("only " + offered.size() + " of " + expected + " tickets offered after "
                + OFFER_PATIENCE + "; WAITING_FOR_EXPERT: " + count(dynamoDb, "WAITING_FOR_EXPERT") + ", ESCALATED: "
                + count(dynamoDb, "ESCALATED"));
    }

    private static int count(DynamoDbClient dynamoDb, String status) {
        return dynamoDb.queryPaginator(q -> q.tableName(TICKETS_TABLE).indexName("byStatus").select(Select.COUNT)
                        .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(status))))
                .stream().mapToInt(page -> page.count()).sum();
    }

    /**
     * A stored ticket cut back to what intake wrote (RECEIVED, its first history entry, no dispatch): the item a
     * raw write copies. A bigger item would slow the floor and flatter the ratio.
     */
    private static Map<String, AttributeValue> anyTicket(DynamoDbClient dynamoDb) {
        Map<String, AttributeValue> item = new HashMap<>(
                dynamoDb.scan(s -> s.tableName(TICKETS_TABLE).limit(1)).items().get(0));
        List.of("assignedExpertId", "offers", "excludedExperts", "taskToken", "offeredAt", "explanation")
                .forEach(item::remove);
        item.put("status", AttributeValue.fromS("RECEIVED"));
        item.put("version", AttributeValue.fromN("1"));
        item.put("history", AttributeValue.fromL(item.get("history").l().subList(0, 1)));
        return item;
    }

    private static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }
}
