package com.penultimate.sysops.reports.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.penultimate.sysops.aws.dynamodb.DynamoDbLocalServer;
import com.penultimate.sysops.aws.dynamodb.DynamoDbReportStore;
import com.penultimate.sysops.aws.dynamodb.ReportTables;
import com.penultimate.sysops.core.model.NotificationPreference;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.reports.DayCounter;
import com.penultimate.sysops.core.reports.DayCounters;
import com.penultimate.sysops.lambda.testing.EventFiles;
import com.penultimate.sysops.lambda.testing.LambdaContexts;
import com.penultimate.sysops.lambda.testing.TestLambdaContext;
import com.penultimate.sysops.lambda.testing.TestWorld;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportsIngestHandlerTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-23");

    private DynamoDbReportStore store;
    private ReportsIngestHandler handler;

    @BeforeEach
    void start() {
        TestWorld world = TestWorld.create(ReportsIngestHandlerTest.class);
        world.product();
        world.customer(TestWorld.CUSTOMER_ID, NotificationPreference.EMAIL);
        String reports = ReportTables.createFor(ReportsIngestHandlerTest.class);
        store = new DynamoDbReportStore(DynamoDbLocalServer.client(), reports);
        Map<String, Object> settings = world.properties();
        settings.put("sysops.tables.reports", reports);
        handler = new ReportsIngestHandler(LambdaContexts.start(settings));
    }

    @AfterEach
    void stop() {
        handler.close();
    }

    @Test
    void aTicketsChanges_areCountedIntoTheDaysCounters() {
        StreamsEventResponse response = handle("change_tickets_lifecycle.json");

        assertThat(response.getBatchItemFailures()).isEmpty();
        DayCounters ops = scope(DayCounter.OPERATIONS);
        assertThat(ops.get("filed")).isEqualTo(1);
        assertThat(ops.get("completed")).isEqualTo(1);
        assertThat(ops.get("firstTimeFixes")).isEqualTo(1);
        assertThat(ops.get("tto_le_60")).isEqualTo(1);
        assertThat(ops.get("tta_le_120")).isEqualTo(1);
        assertThat(scope(DayCounter.expert("exp-ann")).values()).containsEntry("offered", 1L)
                .containsEntry("accepted", 1L).containsEntry("completed", 1L).containsEntry("busySeconds", 3_480L);
        assertThat(scope(DayCounter.area("Chicago")).get("filed")).isEqualTo(1);
        assertThat(store.openNow()).allSatisfy((status, open) -> assertThat(open).isZero());
    }

    @Test
    void aRedeliveredBatch_countsNothingAgain() {
        handle("change_tickets_lifecycle.json");

        StreamsEventResponse again = handle("change_tickets_lifecycle.json");

        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(scope(DayCounter.OPERATIONS).get("filed")).isEqualTo(1);
        assertThat(scope(DayCounter.OPERATIONS).get("completed")).isEqualTo(1);
    }

    @Test
    void anUnreadableChange_isWhereTheRetryStarts_andNothingAfterItIsCounted() {
        StreamsEventResponse response = handle("change_ticket_unreadable.json");

        assertThat(response.getBatchItemFailures()).extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("100000000000000000004");
        assertThat(store.progress("TAFTERBROKEN1")).isEmpty();
        assertThat(store.openNow().getOrDefault(TicketStatus.RECEIVED, 0L)).isZero();
    }

    @Test
    void shortOfTime_beforeTheFirstChange_retriesTheWholeBatch_andCountsNothing() {
        StreamsEventResponse response = handle("change_tickets_lifecycle.json",
                new TestLambdaContext(Duration.ofMillis(1_500), Clock.systemUTC()));

        assertThat(response.getBatchItemFailures()).extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("100000000000000000001");
        assertThat(store.days(DAY, DAY)).isEmpty();
    }

    @Test
    void runningShortOfTime_midBatch_retriesFromTheFirstChangeNotCounted() {
        StreamsEventResponse response = handle("change_tickets_lifecycle.json", new TestLambdaContext(
                () -> store.progress("T7K2M9Q4X8B3D").isPresent() ? 1_000 : 15_000));

        assertThat(response.getBatchItemFailures()).extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("100000000000000000002");
        assertThat(scope(DayCounter.OPERATIONS).get("filed")).isEqualTo(1);
        assertThat(scope(DayCounter.OPERATIONS).get("completed")).isZero();
    }

    private StreamsEventResponse handle(String file) {
        return handle(file, new TestLambdaContext());
    }

    private StreamsEventResponse handle(String file, TestLambdaContext context) {
        return handler.handleRequest(EventFiles.read("reports-ingest", file, DynamodbEvent.class), context);
    }

    private DayCounters scope(String scope) {
        return store.days(DAY, DAY).stream().filter(d -> d.scope().equals(scope)).findFirst()
                .orElseThrow(() -> new AssertionError("no counters for " + scope));
    }
}
