package com.penultimate.sysops.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.InMemoryCustomerRepository;
import com.penultimate.sysops.core.fake.InMemoryProductRepository;
import com.penultimate.sysops.core.fake.InMemoryReportStore;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketReportingTest {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-11-23");
    private static final String OPS = DayCounter.OPERATIONS;

    private final InMemoryReportStore store = new InMemoryReportStore();
    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final TicketReporting reporting = new TicketReporting(store, products, customers);

    @BeforeEach
    void catalogueAndCustomer() {
        products.put(Fixtures.tv());
        customers.create(new Customer("cust-1", "Ada", "ada@example.com", "+13125550100", null,
                Fixtures.profile("Ada").address(), Fixtures.CHICAGO, null, T0, T0));
    }

    @Test
    void aTicketsLife_countsFilingTimingsFirstTimeFixAndTheExpertsWork() {
        Ticket filed = filed("T1", T0);
        Ticket matching = filed.moveTo(TicketStatus.MATCHING, "workflow", "looking for an expert", at(5));
        Ticket offered = matching.moveTo(TicketStatus.OFFERED, "workflow", "offered to exp-1 (score 0.91)", at(40));
        Ticket accepted = offered.moveTo(TicketStatus.ACCEPTED, "exp-1", "expert accepted", at(120));
        Ticket completed = accepted.moveTo(TicketStatus.COMPLETED, "exp-1", "resolved: new cable", at(3_600));

        for (Ticket step : new Ticket[] {filed, matching, offered, accepted, completed}) {
            assertThat(reporting.record(step)).isTrue();
        }

        assertThat(counters(OPS, "filed", "completed", "firstTimeFixes", "tto_le_60", "tta_le_120", "ttc_le_3600",
                "slaOfferBreaches")).containsExactly(1L, 1L, 1L, 1L, 1L, 1L, 0L);
        assertThat(store.counter(DAY, OPS, "ttc_sum")).isEqualTo(3_600);
        assertThat(counters(DayCounter.expert("exp-1"), "offered", "accepted", "completed", "busySeconds"))
                .containsExactly(1L, 1L, 1L, 3_480L);
        assertThat(counters(DayCounter.product("TV-OLED55"), "filed", "completed")).containsExactly(1L, 1L);
        assertThat(counters(DayCounter.skill("tv"), "filed")).containsExactly(1L);
        assertThat(counters(DayCounter.area("Chicago"), "filed")).containsExactly(1L);
        assertThat(store.openNow()).allSatisfy((status, open) -> assertThat(open).isZero());
    }

    @Test
    void theSameChangeTwice_countsOnce() {
        Ticket filed = filed("T2", T0);
        reporting.record(filed);

        assertThat(reporting.record(filed)).isFalse();

        assertThat(store.counter(DAY, OPS, "filed")).isEqualTo(1);
        assertThat(store.updates()).isEqualTo(1);
        assertThat(store.openNow()).containsEntry(TicketStatus.RECEIVED, 1L);
    }

    @Test
    void aMissedChange_isCaughtUpFromTheNextOne() {
        Ticket completed = filed("T3", T0)
                .moveTo(TicketStatus.MATCHING, "workflow", "looking", at(5))
                .moveTo(TicketStatus.OFFERED, "workflow", "offered to exp-1 (score 0.9)", at(30))
                .moveTo(TicketStatus.ACCEPTED, "exp-1", "expert accepted", at(60))
                .moveTo(TicketStatus.COMPLETED, "exp-1", "resolved", at(600));

        reporting.record(completed);

        assertThat(counters(OPS, "filed", "completed", "firstTimeFixes")).containsExactly(1L, 1L, 1L);
        assertThat(store.counter(DAY, DayCounter.expert("exp-1"), "offered")).isEqualTo(1);
        assertThat(store.openNow()).allSatisfy((status, open) -> assertThat(open).isZero());
    }

    @Test
    void aDeclineAndASecondExpert_isNoFirstTimeFix() {
        Ticket done = filed("T4", T0)
                .moveTo(TicketStatus.MATCHING, "workflow", "looking", at(5))
                .moveTo(TicketStatus.OFFERED, "workflow", "offered to exp-1 (score 0.9)", at(30))
                .moveTo(TicketStatus.MATCHING, "workflow", "exp-1: too far today", at(90))
                .moveTo(TicketStatus.OFFERED, "workflow", "offered to exp-2 (score 0.8)", at(100))
                .moveTo(TicketStatus.ACCEPTED, "exp-2", "expert accepted", at(160))
                .moveTo(TicketStatus.COMPLETED, "exp-2", "resolved", at(1_000));

        reporting.record(done);

        assertThat(store.counter(DAY, DayCounter.expert("exp-1"), "declined")).isEqualTo(1);
        assertThat(store.counter(DAY, DayCounter.expert("exp-2"), "completed")).isEqualTo(1);
        assertThat(counters(OPS, "completed", "firstTimeFixes", "tto_le_30", "tta_le_60")).containsExactly(1L, 0L, 1L,
                1L);
    }

    @Test
    void lateOfferAndSlowRepair_areServiceLevelBreaches_andEscalationsCount() {
        Ticket late = filed("T5", T0)
                .moveTo(TicketStatus.MATCHING, "workflow", "looking", at(5))
                .moveTo(TicketStatus.WAITING_FOR_EXPERT, "workflow", "nobody free", at(60))
                .moveTo(TicketStatus.ESCALATED, "workflow", "no expert after 6 waits", at(1_800))
                .moveTo(TicketStatus.MATCHING, "manager-1", "try again", at(7_000))
                .moveTo(TicketStatus.OFFERED, "workflow", "offered to exp-3 (score 0.5)", at(7_200))
                .moveTo(TicketStatus.ACCEPTED, "exp-3", "expert accepted", at(7_300))
                .moveTo(TicketStatus.COMPLETED, "exp-3", "resolved", at(90_000));

        reporting.record(late);

        assertThat(counters(OPS, "escalated", "slaOfferBreaches", "firstTimeFixes")).containsExactly(1L, 1L, 0L);
        assertThat(store.counter(LocalDate.parse("2026-11-24"), OPS, "slaCompletionBreaches")).isEqualTo(1);
        assertThat(store.counter(LocalDate.parse("2026-11-24"), OPS, "completed")).isEqualTo(1);
    }

    @Test
    void sameCustomerAndProductWithinThirtyDays_isARepeat() {
        reporting.record(filed("T6", T0));
        reporting.record(filed("T7", T0.plus(Duration.ofDays(10))));
        reporting.record(filed("T8", T0.plus(Duration.ofDays(50))));

        assertThat(store.counter(LocalDate.parse("2026-12-03"), OPS, "repeats")).isEqualTo(1);
        assertThat(store.counter(LocalDate.parse("2027-01-12"), OPS, "repeats")).isZero();
        assertThat(store.counter(LocalDate.parse("2026-12-03"), DayCounter.product("TV-OLED55"), "repeats"))
                .isEqualTo(1);
    }

    @Test
    void answeredSurvey_addsTheRatingToTheExpertProductAndArea() {
        Ticket surveyed = filed("T9", T0)
                .moveTo(TicketStatus.MATCHING, "workflow", "looking", at(5))
                .moveTo(TicketStatus.OFFERED, "workflow", "offered to exp-1 (score 0.9)", at(30))
                .moveTo(TicketStatus.ACCEPTED, "exp-1", "expert accepted", at(60))
                .moveTo(TicketStatus.COMPLETED, "exp-1", "resolved", at(600))
                .moveTo(TicketStatus.SURVEYED, "customer", "survey answered: rated 4/5", at(900));

        reporting.record(surveyed);

        for (String scope : new String[] {DayCounter.expert("exp-1"), DayCounter.product("TV-OLED55"),
                DayCounter.area("Chicago")}) {
            assertThat(counters(DayCounter.rating(scope), "ratings", "ratingSum")).containsExactly(1L, 4L);
        }
    }

    private static Ticket filed(String id, Instant at) {
        return Ticket.received(id, "cust-1", "TV-OLED55", "No sound", Fixtures.CHICAGO, "cust-1", at);
    }

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private Long[] counters(String scope, String... names) {
        Long[] values = new Long[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = store.counter(DAY, scope, names[i]);
        }
        return values;
    }
}
