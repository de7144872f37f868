package com.penultimate.sysops.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.aws.RecordedRequests;
import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.reports.DayCounter;
import com.penultimate.sysops.core.reports.DayCounters;
import com.penultimate.sysops.core.reports.RepeatMark;
import com.penultimate.sysops.core.reports.ReportUpdate;
import com.penultimate.sysops.core.reports.TicketProfile;
import com.penultimate.sysops.core.reports.TicketProgress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

class DynamoDbReportStoreTest {
    private static final String TABLE = ReportTables.createFor(DynamoDbReportStoreTest.class);
    private static final RecordedRequests SENT = new RecordedRequests();
    private static final DynamoDbClient CLIENT = DynamoDbLocalServer.newClient(List.of(SENT));
    private static final LocalDate DAY = LocalDate.parse("2026-11-30");
    private static final Instant FILED = Instant.parse("2026-11-30T09:00:00Z");

    private final DynamoDbReportStore store = new DynamoDbReportStore(CLIENT, TABLE);

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void apply_addsCountersAndOpenTicketsAndRemembersProgress_inOneConditionalTransaction() {
        TicketProfile profile = profile("T-APPLY", "cust-apply");
        SENT.clear();

        store.apply(new ReportUpdate(profile, 0, 1, Map.of(
                new DayCounter(DAY, DayCounter.OPERATIONS, "filed"), 1L,
                new DayCounter(DAY, DayCounter.OPERATIONS, "tto_le_60"), 1L,
                new DayCounter(DAY, DayCounter.product("TV-OLED55"), "filed"), 1L),
                Map.of(TicketStatus.RECEIVED, 1L), new RepeatMark("cust-apply", "TV-OLED55", null, FILED)));

        TransactWriteItemsRequest sent = SENT.of(TransactWriteItemsRequest.class).get(0);
        assertThat(sent.transactItems()).hasSize(5);
        assertThat(sent.transactItems().get(0).update().conditionExpression())
                .isEqualTo("attribute_not_exists(#applied)");
        assertThat(sent.transactItems().get(1).update().updateExpression()).startsWith("ADD #c0 :c0");
        assertThat(store.progress("T-APPLY")).contains(new TicketProgress(1, profile));
        assertThat(store.lastFiled("cust-apply", "TV-OLED55")).contains(FILED);
        assertThat(store.days(DAY, DAY)).filteredOn(d -> d.scope().equals(DayCounter.OPERATIONS)).singleElement()
                .satisfies(d -> {
                    assertThat(d.get("filed")).isGreaterThanOrEqualTo(1);
                    assertThat(d.get("tto_le_60")).isGreaterThanOrEqualTo(1);
                });
        assertThat(store.openNow().get(TicketStatus.RECEIVED)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void apply_onStaleProgressOrLastFiling_isAConflictAndChangesNothing() {
        TicketProfile profile = profile("T-STALE", "cust-stale");
        DayCounter filed = new DayCounter(LocalDate.parse("2026-10-01"), DayCounter.OPERATIONS, "filed");
        store.apply(new ReportUpdate(profile, 0, 1, Map.of(filed, 1L), Map.of(), null));

        assertThatThrownBy(() -> store.apply(new ReportUpdate(profile, 0, 1, Map.of(filed, 1L), Map.of(), null)))
                .isInstanceOf(ConflictException.class);
        store.apply(new ReportUpdate(profile("T-STALE-2", "cust-stale"), 0, 1, Map.of(), Map.of(),
                new RepeatMark("cust-stale", "TV-OLED55", null, FILED)));
        assertThatThrownBy(() -> store.apply(new ReportUpdate(profile("T-STALE-3", "cust-stale"), 0, 1, Map.of(),
                Map.of(), new RepeatMark("cust-stale", "TV-OLED55", null, FILED.plusSeconds(60)))))
                .isInstanceOf(ConflictException.class);

        assertThat(store.days(filed.day(), filed.day())).singleElement()
                .satisfies(d -> assertThat(d.get("filed")).isEqualTo(1));
        assertThat(store.progress("T-STALE-3")).isEmpty();
        store.apply(new ReportUpdate(profile, 1, 2, Map.of(filed, 1L), Map.of(), null));
        assertThat(store.progress("T-STALE")).get().extracting(TicketProgress::applied).isEqualTo(2);
    }

    @Test
    void days_readsEachMonthOfTheRangeWithOneQuery_neverAScan() {
        TicketProfile profile = profile("T-DAYS", "cust-days");
        store.apply(new ReportUpdate(profile, 0, 1, Map.of(
                new DayCounter(LocalDate.parse("2027-01-31"), DayCounter.area("Chicago"), "filed"), 2L,
                new DayCounter(LocalDate.parse("2027-02-01"), DayCounter.expert("exp-1"), "completed"), 1L,
                new DayCounter(LocalDate.parse("2027-02-02"), DayCounter.OPERATIONS, "filed"), 5L),
                Map.of(), null));
        SENT.clear();

        List<DayCounters> days = store.days(LocalDate.parse("2027-01-31"), LocalDate.parse("2027-02-01"));

        assertThat(days).containsExactlyInAnyOrder(
                new DayCounters(LocalDate.parse("2027-01-31"), "area#Chicago", Map.of("filed", 2L)),
                new DayCounters(LocalDate.parse("2027-02-01"), "expert#exp-1", Map.of("completed", 1L)));
        assertThat(SENT.of(QueryRequest.class)).extracting(q -> q.expressionAttributeValues().get(":pk").s())
                .containsExactly("day#2027-01", "day#2027-02");
        assertThat(SENT.of(ScanRequest.class)).isEmpty();
    }

    private static TicketProfile profile(String ticketId, String customerId) {
        return new TicketProfile(ticketId, customerId, "TV-OLED55", Set.of("tv", "av"), "Chicago");
    }
}
