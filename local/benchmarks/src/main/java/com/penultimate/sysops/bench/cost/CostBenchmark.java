package com.penultimate.sysops.bench.cost;

import com.penultimate.sysops.local.LocalApi;
import com.penultimate.sysops.local.LocalSystem;
import com.penultimate.sysops.local.metering.UsageSnapshot;
import com.penultimate.sysops.local.template.CloudFormationYaml;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Benchmark 4, cost per 1,000 tickets: starts its own local system with workflow time sped up, registers
 * customers and experts, then runs N tickets (default 200) through their whole life (file, offer, accept,
 * complete, survey, until each workflow ends) and prints every metered counter and the cost per 1,000 tickets
 * per service at the list prices of {@code prices-us-east-1.json}, Lambda GB-seconds from each function's
 * memory size in template.yaml. Arguments: [tickets] [concurrency] [time scale while the users act, default 60:
 * an offer stays open 15 s]. Once every ticket is surveyed the clock fast-forwards so that the three-day survey
 * Waits end in about a second. The template's schedules (sweeper, billing day, weekly report) are stopped: they
 * cost the same each month whatever the number of tickets, so they are not part of a per-ticket figure.
 */
public final class CostBenchmark {
    private static final String PRODUCT = "CB-ROUTER";
    private static final int EXPERTS = 20;
    /** Three days of survey Wait in under a second. */
    private static final double FAST_FORWARD = 400_000;

    private CostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        double timeScale = args.length > 2 ? Double.parseDouble(args[2]) : 60;
        Path root = Path.of("").toAbsolutePath();
        Prices prices = Prices.load("/prices-us-east-1.json");
        FunctionSizes sizes = FunctionSizes.of(CloudFormationYaml.read(root.resolve("template.yaml")));
        try (LocalSystem system = LocalSystem.start(new LocalSystem.Settings(root, 0, null, false, timeScale));
             DynamoDbClient engine = engineClient(system)) {
            system.stopSchedules();
            LocalApi api = new LocalApi(system.baseUri());
            List<String[]> customers = register(api, tickets, concurrency);
            TicketJourney journey = new TicketJourney(api, engine, "sysops-tickets-" + LocalSystem.STAGE,
                    system.outbox());
            UsageSnapshot before = system.usage();
            Instant started = Instant.now();
            int offers = runAll(tickets, concurrency, i -> journey.run(customers.get(i)[0], customers.get(i)[1],
                    PRODUCT));
            Duration users = Duration.between(started, Instant.now());
            system.changeTimeScale(FAST_FORWARD);
            awaitWorkflowsEnded(system, before, tickets);
            awaitQueuesDrained(system);
            UsageSnapshot used = system.usage().since(before);
            System.out.printf("%n%d tickets, %d at a time, time scale %.0f: users done in %d s, every workflow ended"
                            + " %d s after the start (fast-forward x%.0f); expert accept calls: %d%n", tickets, concurrency,
                    timeScale, users.toSeconds(), Duration.between(started, Instant.now()).toSeconds(), FAST_FORWARD,
                    offers);
            System.out.println("Schedules stopped for the run (a fixed monthly cost, not per ticket).");
            System.out.println("Counters (whole run):");
            used.sorted().forEach((name, value) -> System.out.printf("  %-60s %12.1f%n", name, value));
            System.out.printf("Cost per 1,000 tickets, %s list prices written %s:%n", prices.region(),
                    prices.writtenOn());
            CostSheet.of(used, tickets, prices, sizes).print(System.out);
            System.out.printf("  (idle queue polling, not per ticket: %.0f empty receives in this run)%n",
                    used.get("sqs.emptyReceives"));
        }
    }

    /** One customer per ticket (the survey email is found by address), with a contract; EXPERTS experts. */
    private static List<String[]> register(LocalApi api, int tickets, int concurrency) throws Exception {
        String admin = api.token("admin-cost", "admin");
        expect(api.send("PUT", "/admin/products/" + PRODUCT, admin,
                "{\"name\":\"" + PRODUCT + "\",\"skills\":[\"cb-net\"]}"), 200);
        for (int i = 0; i < EXPERTS; i++) {
            expect(api.send("POST", "/admin/experts", admin, """
                    {"expertId":"exp-cb-%d","name":"Expert %d","phone":"+1312555%04d","email":"exp-cb-%d@sysops.example",
                     "skills":["cb-net"],"homeLocation":{"lat":41.88,"lon":-87.63},
                     "serviceArea":{"center":{"lat":41.88,"lon":-87.63},"radiusKm":30},"capacity":3,"available":true}"""
                    .formatted(i, i, 7000 + i, i)), 201);
        }
        List<String[]> customers = new ArrayList<>();
        for (int i = 0; i < tickets; i++) {
            customers.add(new String[] {api.token("cust-cb-" + i, "customer"), "cust-cb-" + i + "@example.com"});
        }
        runAll(tickets, concurrency, i -> {
            expect(api.send("POST", "/customers", customers.get(i)[0], """
                    {"name":"Customer %d","email":"%s","phone":"+1312556%04d","notificationPreference":"EMAIL",
                     "address":{"line1":"9 Lake St","city":"Chicago","postalCode":"60601","country":"US"},
                     "location":{"lat":41.881,"lon":-87.631}}""".formatted(i, customers.get(i)[1], i)), 201);
            expect(api.send("POST", "/customers/me/contracts", customers.get(i)[0],
                    "{\"products\":[\"" + PRODUCT + "\"],\"startDate\":\"" + LocalDate.now() + "\"}"), 201);
            return 0;
        });
        return customers;
    }

    /** Waits until every ticket's workflow has ended (Closed or Escalated), so its whole life is metered. */
    private static void awaitWorkflowsEnded(LocalSystem system, UsageSnapshot before, int tickets) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
        while (true) {
            UsageSnapshot used = system.usage().since(before);
            double ended = used.get("stepfunctions.transitions.Closed") + used.get("stepfunctions.transitions.Escalated");
            if (ended >= tickets) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("only " + ended + " of " + tickets + " workflows ended");
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

    /**
     * Waits until no queue holds a message (visible or in flight): the texts and emails the last steps queued are
     * sent before the meters are read. The journeys do not wait for the offer texts (they accept on the status).
     */
    private static void awaitQueuesDrained(LocalSystem system) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (system.queues().logicalIds().stream().filter(q -> !q.contains("DeadLetter"))
                .anyMatch(q -> system.queues().depth(q).total() > 0)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("queues still hold messages after 5 minutes");
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

    private interface Step {
        int run(int index) throws Exception;
    }

    private static int runAll(int count, int concurrency, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                results.add(pool.submit(() -> step.run(index)));
            }
            int sum = 0;
            for (Future<Integer> result : results) {
                sum += result.get();
            }
            return sum;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void expect(LocalApi.Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException(answer.raw().request().uri() + " answered " + answer.status() + ": "
                    + answer.raw().body());
        }
    }

    private static DynamoDbClient engineClient(LocalSystem system) {
        return DynamoDbClient.builder().endpointOverride(system.dynamoDbEndpoint()).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }
}
