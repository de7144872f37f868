package com.penultimate.sysops.bench.matching;

import com.penultimate.sysops.aws.dynamodb.DynamoDbDispatcher;
import com.penultimate.sysops.aws.dynamodb.DynamoDbExpertDirectory;
import com.penultimate.sysops.aws.dynamodb.DynamoDbExpertRatings;
import com.penultimate.sysops.aws.dynamodb.DynamoDbProductRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbTicketRepository;
import com.penultimate.sysops.aws.dynamodb.ExpertBulkLoad;
import com.penultimate.sysops.bench.Latencies;
import com.penultimate.sysops.core.lifecycle.MatchOutcome;
import com.penultimate.sysops.core.lifecycle.TicketMatching;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.Product;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.local.LocalSystem;
import com.penultimate.sysops.local.dynamodb.TemplateTables;
import com.penultimate.sysops.local.embedded.EmbeddedDynamoDb;
import com.penultimate.sysops.local.embedded.Loopback;
import com.penultimate.sysops.local.services.TemplateDocument;
import com.penultimate.sysops.local.template.CloudFormationYaml;
import com.penultimate.sysops.local.template.SamTemplate;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Benchmark 3, matching at scale: the real {@link TicketMatching} on the DynamoDB adapters against DynamoDB Local
 * holding {@code -Dexperts} experts (1,000, 10,000 and 100,000; each size in a fresh engine, bulk-loaded at a
 * constant density per grid cell), timing one match per new ticket at random places among them. Prints p50/p99
 * per size and the ratio largest/smallest (target at most 1.5: candidate lookup is keyed by cell × skill, so a
 * match's work must not grow with the total). Every match reserves on a distinct ticket; capacity never runs out.
 */
public final class MatchingBenchmark {
    private static final String STAGE = LocalSystem.STAGE;
    private static final int WARMUP = 50;
    private static final Product PRODUCT = new Product("BENCH-TV", "Benchmark television", Set.of("tv"));

    private MatchingBenchmark() {
    }

    /** p50/p99 of one size. */
    record SizeResult(int experts, int indexEntries, double loadSeconds, Latencies latencies, int reserved) {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("experts", "1000,10000,100000").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).sorted().toArray();
        int matches = Integer.getInteger("matches", 300);
        List<SizeResult> results = new ArrayList<>();
        for (int size : sizes) {
            results.add(measure(size, matches));
            SizeResult r = results.get(results.size() - 1);
            System.out.printf(Locale.ROOT, "%,9d experts (%,d index entries, loaded in %.0f s): %s, %d reserved%n",
                    r.experts(), r.indexEntries(), r.loadSeconds(), r.latencies().summary(), r.reserved());
        }
        System.out.printf(Locale.ROOT, "%n== matching at scale (2-core machine, DynamoDB Local) ==%n");
        for (SizeResult r : results) {
            System.out.printf(Locale.ROOT, "%,9d experts: p50 %6.1f ms  p99 %6.1f ms  (%d matches, %d reserved)%n",
                    r.experts(), r.latencies().percentileMillis(50), r.latencies().percentileMillis(99),
                    r.latencies().sortedNanos().length, r.reserved());
        }
        SizeResult small = results.get(0);
        SizeResult large = results.get(results.size() - 1);
        double p50 = large.latencies().percentileMillis(50) / small.latencies().percentileMillis(50);
        double p99 = large.latencies().percentileMillis(99) / small.latencies().percentileMillis(99);
        System.out.printf(Locale.ROOT, "largest / smallest: p50 %.2f, p99 %.2f  (target <= 1.5: %s)%n", p50, p99,
                Math.max(p50, p99) <= 1.5 ? "met" : "NOT met");
    }

    private static SizeResult measure(int size, int matches) throws Exception {
        Random random = new Random(size);
        ExpertLayout layout = ExpertLayout.of(size);
        try (EmbeddedDynamoDb engine = EmbeddedDynamoDb.start(Loopback.freePort(), null);
             DynamoDbClient client = client(engine.endpoint())) {
            createTables(client);
            long t0 = System.nanoTime();
            int entries = load(client, layout.generate(random));
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            new DynamoDbProductRepository(client, table("products")).put(PRODUCT);
            DynamoDbTicketRepository tickets = new DynamoDbTicketRepository(client, table("tickets"), null,
                    Clock.systemUTC());
            TicketMatching matching = new TicketMatching(tickets,
                    new DynamoDbProductRepository(client, table("products")),
                    new DynamoDbExpertDirectory(client, table("experts"), table("expert-cells")),
                    new DynamoDbDispatcher(client, table("tickets"), table("experts")),
                    new DynamoDbExpertRatings(client, table("experts")), Clock.systemUTC());
            long[] nanos = new long[matches];
            int reserved = 0;
            for (int i = -WARMUP; i < matches; i++) {
                Instant now = Instant.now();
                String id = "T" + size + "-" + (i + WARMUP);
                tickets.create(Ticket.received(id, "bench-customer", PRODUCT.code(), "no picture",
                        layout.anywhere(random), "bench-customer", now)
                        .moveTo(TicketStatus.MATCHING, "workflow", "matching", now), null);
                long start = System.nanoTime();
                MatchOutcome outcome = matching.match(id);
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                    reserved += MatchOutcome.RESERVED.equals(outcome.outcome()) ? 1 : 0;
                }
            }
            return new SizeResult(size, entries, loadSeconds, Latencies.of(nanos), reserved);
        }
    }

    /** BatchWriteItem from four threads, a thousand experts per task. */
    private static int load(DynamoDbClient client, List<Expert> experts) throws Exception {
        ExpertBulkLoad bulk = new ExpertBulkLoad(client, table("experts"), table("expert-cells"));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> parts = new ArrayList<>();
            for (int from = 0; from < experts.size(); from += 1000) {
                List<Expert> part = experts.subList(from, Math.min(experts.size(), from + 1000));
                parts.add(threads.submit(() -> bulk.load(part)));
            }
            int entries = 0;
            for (Future<Integer> part : parts) {
                entries += part.get();
            }
            return entries;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void createTables(DynamoDbClient client) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Map<String, Object> document = CloudFormationYaml.read(root.resolve("template.yaml"));
        TemplateDocument doc = new TemplateDocument(document, Map.of("Stage", STAGE), URI.create("http://127.0.0.1:1"));
        new TemplateTables(client).createAll(new SamTemplate(root, document, doc).tables());
    }

    private static String table(String name) {
        return "sysops-" + name + "-" + STAGE;
    }

    private static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }
}
