package com.penultimate.sysops.aws.dynamodb;

import static com.penultimate.sysops.aws.dynamodb.Samples.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Many matching steps racing for few experts: the transaction lets exactly capacity-many through. */
class DynamoDbDispatcherConcurrencyTest {
    private static final int TICKETS = 40;
    private static final List<String> EXPERTS = List.of("E1", "E2", "E3");
    /** A colliding transaction is retried, as the workflow retries the matching step on a conflict. */
    private static final int ATTEMPTS = 100;

    private final TableNames tables = SysopsTables.createFor(DynamoDbDispatcherConcurrencyTest.class);
    private final DynamoDbClient client = DynamoDbLocalServer.client();
    private final DynamoDbTicketRepository tickets = new DynamoDbTicketRepository(client, tables.tickets(),
            tables.idempotency(), Clock.fixed(NOW, ZoneOffset.UTC));
    private final DynamoDbDispatcher dispatcher = new DynamoDbDispatcher(client, tables.tickets(), tables.experts());

    @Test
    void reserve_inParallelBooksEachExpertOfCapacityOneExactlyOnce() throws Exception {
        DynamoDbExpertRepository experts =
                new DynamoDbExpertRepository(client, tables.experts(), tables.expertCells());
        EXPERTS.forEach(id -> experts.create(DynamoDbDispatcherTest.expert(id, 1, true)));
        List<Callable<String>> racers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < TICKETS; i++) {
            Ticket matching = matching("T-%02d".formatted(i));
            String expertId = EXPERTS.get(i % EXPERTS.size());
            racers.add(() -> {
                start.await();
                return reserveRetryingCollisions(Samples.offeredFrom(matching, expertId), expertId);
            });
        }

        List<String> booked = race(racers, start);

        assertThat(booked).containsExactlyInAnyOrderElementsOf(EXPERTS);
        for (String id : EXPERTS) {
            assertThat(Samples.stored(tables.experts(), "expertId", id).get("activeTickets").n()).isEqualTo("1");
        }
        assertThat(EXPERTS).allSatisfy(id -> assertThat(tickets.byExpert(id)).hasSize(1));
    }

    private String reserveRetryingCollisions(Ticket offered, String expertId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return dispatcher.reserve(offered, expertId) ? expertId : null;
            } catch (ConflictException collided) {
                // Every ticket is this racer's own: the conflict is another transaction on the same expert.
                continue;
            }
        }
        throw new AssertionError("reserve kept colliding for " + offered.ticketId());
    }

    private static List<String> race(List<Callable<String>> racers, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        try {
            List<Future<String>> results = racers.stream().map(pool::submit).toList();
            start.countDown();
            List<String> booked = new ArrayList<>();
            for (Future<String> result : results) {
                String expertId = result.get(2, TimeUnit.MINUTES);
                if (expertId != null) {
                    booked.add(expertId);
                }
            }
            return booked;
        } finally {
            pool.shutdownNow();
        }
    }

    private Ticket matching(String ticketId) {
        Ticket received = Samples.ticket(ticketId, "cust-1", NOW);
        tickets.create(received, null);
        Ticket matching = received.moveTo(TicketStatus.MATCHING, "workflow", "started", NOW);
        tickets.update(matching);
        return matching;
    }
}
