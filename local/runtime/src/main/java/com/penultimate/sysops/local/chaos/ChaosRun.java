package com.penultimate.sysops.local.chaos;

import com.penultimate.sysops.local.LocalSystem;
import com.penultimate.sysops.local.faults.FaultPlan;
import com.penultimate.sysops.local.sqs.LocalQueues;
import com.penultimate.sysops.local.sqs.LocalSqsClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A chaos run: a local system of its own with faults injected into every function, customers and experts seeded
 * through the API, tickets filed and driven to the end by well-behaved clients, a billing run, then an audit of
 * what the system promised (see {@link ChaosReport}).
 */
public final class ChaosRun {
    private static final Logger LOG = LoggerFactory.getLogger(ChaosRun.class);
    static final String PRODUCT = "CH-TV";
    private static final String SKILL = "ch-tv";

    /**
     * How to run.
     *
     * @param tickets     how many tickets to file
     * @param faultRate   the fault rate of every function (and of duplicate SQS deliveries)
     * @param seed        the fault draws' seed
     * @param concurrency how many tickets are driven at once
     * @param experts     how many experts to seed (capacity 3 each)
     * @param timeScale   how much faster than real time the workflow's timers run
     * @param patience    how long one ticket's journey may take
     */
    public record Settings(int tickets, double faultRate, long seed, int concurrency, int experts, double timeScale,
                           Duration patience) {
    }

    /** The audit, the faults injected, and how long the run took. */
    public record Result(ChaosReport report, Map<String, Map<String, Long>> injected, long clientRetries,
                         Duration driving, Duration total) {
    }

    private ChaosRun() {
    }

    /** Starts a local system with faults on, runs, audits and stops it. */
    public static Result run(Path root, Settings settings) throws Exception {
        long started = System.nanoTime();
        try (LocalSystem system = LocalSystem.start(new LocalSystem.Settings(root, 0, null, false, settings.timeScale()),
                FaultPlan.everywhere(settings.faultRate(), settings.seed()))) {
            ChaosClient api = new ChaosClient(system.baseUri());
            ChaosCast cast = new ChaosSeeding(api, system.tokens(), LocalDate.now()).seed(settings.experts(),
                    Math.max(4, settings.concurrency()));
            long driving = System.nanoTime();
            List<TicketJourney.Outcome> outcomes = drive(system, api, cast, settings);
            Duration drove = Duration.ofNanos(System.nanoTime() - driving);
            new ChaosBilling(api, system.tokens()).run(cast, settings.patience());
            awaitQuiet(system.queues(), settings.patience());
            String url = system.queues().url(system.queues().logicalIds().iterator().next());
            try (DynamoDbClient dynamoDb = dynamoDb(system.dynamoDbEndpoint());
                 SqsClient sqs = LocalSqsClient.create(URI.create(url).resolve("/"))) {
                ChaosReport report = new ChaosAudit(dynamoDb, sqs, system.queues(), system.reconcilingSchedules())
                        .audit(outcomes, cast, system.outbox().messages());
                return new Result(report, system.faults().injected(), api.retries(), drove,
                        Duration.ofNanos(System.nanoTime() - started));
            }
        }
    }

    /** The figures, the faults injected and the timings as lines to print. */
    public static List<String> describe(Settings settings, Result result) {
        List<String> lines = new ArrayList<>();
        lines.add("chaos run: " + settings.tickets() + " tickets, fault rate " + settings.faultRate() + " in every function, seed "
                + settings.seed() + ", " + settings.concurrency() + " at once, " + settings.experts() + " experts");
        result.report().figures().forEach((name, n) -> lines.add(String.format("  %-50s %d", name, n)));
        ChaosReport.Checked checked = result.report().checked();
        lines.add("checked: " + checked.ticketsSurveyed() + " tickets surveyed, " + checked.customerMessages()
                + " customer messages, " + checked.invoices() + " invoices, " + checked.deadLettersSeen()
                + " dead letters seen");
        checked.deadLetterNotes().forEach(note -> lines.add("  dead letter " + note));
        Map<String, Long> byKind = new LinkedHashMap<>();
        result.injected().values().forEach(m -> m.forEach((kind, n) -> byKind.merge(kind, n, Long::sum)));
        lines.add("faults injected: " + byKind + "; client retries of 5xx answers: " + result.clientRetries());
        lines.add("driving the tickets took " + result.driving().toMillis() / 1000.0 + " s; the whole run "
                + result.total().toMillis() / 1000.0 + " s");
        return lines;
    }

    private static List<TicketJourney.Outcome> drive(LocalSystem system, ChaosClient api, ChaosCast cast,
                                                     Settings settings) throws Exception {
        TicketJourney journey = new TicketJourney(api, system.tokens(), system.outbox(), cast, settings.patience());
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency());
        try {
            List<Future<TicketJourney.Outcome>> running = new ArrayList<>();
            for (int n = 0; n < settings.tickets(); n++) {
                int number = n;
                running.add(pool.submit(() -> journey.run(number)));
            }
            List<TicketJourney.Outcome> outcomes = new ArrayList<>();
            for (Future<TicketJourney.Outcome> outcome : running) {
                outcomes.add(outcome.get());
                if (outcomes.size() % 100 == 0) {
                    LOG.info("chaos: {} of {} tickets driven to the end", outcomes.size(), settings.tickets());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits until no queue has messages in flight or waiting (dead-letter queues aside), within patience. */
    private static void awaitQuiet(LocalQueues queues, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline && queues.logicalIds().stream()
                .filter(q -> !q.contains("DeadLetter")).anyMatch(q -> queues.depth(q).total() > 0)) {
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
    }

    private static DynamoDbClient dynamoDb(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }
}
