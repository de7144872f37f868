package com.penultimate.sysops.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.ForbiddenException;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.InMemoryCustomerRepository;
import com.penultimate.sysops.core.fake.InMemoryProductRepository;
import com.penultimate.sysops.core.fake.InMemoryReportStore;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManagerReportsTest {
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Caller MANAGER = Fixtures.caller("manager-1", Role.MANAGER);

    private final InMemoryReportStore store = new InMemoryReportStore();
    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final TicketReporting reporting = new TicketReporting(store, products, customers);
    private final ManagerReports reports = new ManagerReports(store, Fixtures.clock());

    @BeforeEach
    void aWeekOfTickets() {
        products.put(Fixtures.tv());
        customers.create(new Customer("cust-1", "Ada", "ada@example.com", "+13125550100", null,
                Fixtures.profile("Ada").address(), Fixtures.CHICAGO, null, MONDAY, MONDAY));
        reporting.record(completed("T1", MONDAY, 60, 4 * 3_600));
        reporting.record(completed("T2", MONDAY.plusSeconds(86_400), 600, 3 * 3_600)
                .moveTo(TicketStatus.SURVEYED, "customer", "survey answered: rated 5/5", MONDAY.plusSeconds(200_000)));
        reporting.record(Ticket.received("T3", "cust-1", "TV-OLED55", "again", Fixtures.CHICAGO, "cust-1",
                MONDAY.plusSeconds(2 * 86_400)));
    }

    @Test
    void operations_sumsTheRangeFromTheDayCounters() {
        OperationsReport report = reports.operations(MANAGER, LocalDate.parse("2026-11-23"),
                LocalDate.parse("2026-11-27"));

        assertThat(report.totals().filed()).isEqualTo(3);
        assertThat(report.totals().completed()).isEqualTo(2);
        assertThat(report.totals().firstTimeFixRate()).isEqualTo(1.0);
        assertThat(report.totals().repeatTickets()).isEqualTo(2);
        assertThat(report.openTickets()).containsExactly(java.util.Map.entry("RECEIVED", 1L));
        assertThat(report.timeToOffer().count()).isEqualTo(2);
        assertThat(report.timeToOffer().p50Minutes()).isBetween(0.5, 10.0);
        assertThat(report.timeToComplete().meanMinutes()).isEqualTo(210.0);
        assertThat(report.daily()).hasSize(5).first().satisfies(d -> {
            assertThat(d.filed()).isEqualTo(1);
            assertThat(d.completed()).isEqualTo(1);
        });
        assertThat(report.weeklyVolume()).contains(
                new OperationsReport.Volume("2026-W48", "product", "TV-OLED55", 3),
                new OperationsReport.Volume("2026-W48", "skill", "av", 3),
                new OperationsReport.Volume("2026-W48", "area", "Chicago", 3));
        assertThat(report.experts()).singleElement().satisfies(e -> {
            assertThat(e.expertId()).isEqualTo("exp-1");
            assertThat(e.completed()).isEqualTo(2);
            assertThat(e.busyHours()).isCloseTo(6.8, org.assertj.core.data.Offset.offset(0.1));
            assertThat(e.utilisation()).isCloseTo(6.8 / 40, org.assertj.core.data.Offset.offset(0.01));
        });
    }

    @Test
    void satisfaction_averagesTheRatingsByExpertProductAndArea() {
        SatisfactionReport report = reports.satisfaction(MANAGER, LocalDate.parse("2026-11-23"),
                LocalDate.parse("2026-11-29"));

        assertThat(report.responses()).isEqualTo(1);
        assertThat(report.averageRating()).isEqualTo(5.0);
        assertThat(report.ratings()).extracting(SatisfactionReport.Rating::dimension, SatisfactionReport.Rating::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("area", "Chicago"),
                        org.assertj.core.groups.Tuple.tuple("expert", "exp-1"),
                        org.assertj.core.groups.Tuple.tuple("product", "TV-OLED55"));
    }

    @Test
    void reports_areForManagersOverAtMostAYear() {
        assertThatThrownBy(() -> reports.operations(Fixtures.customer("cust-1"), null, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reports.operations(MANAGER, LocalDate.parse("2026-11-23"),
                LocalDate.parse("2026-11-01"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reports.operations(MANAGER, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2026-11-01"))).isInstanceOf(InvalidInputException.class);
        OperationsReport lastWeek = reports.operations(MANAGER, null, null);
        assertThat(lastWeek.from()).isEqualTo(LocalDate.parse("2026-11-17"));
        assertThat(lastWeek.to()).isEqualTo(LocalDate.parse("2026-11-23"));
    }

    private static Ticket completed(String id, Instant filed, long offerAfter, long completeAfter) {
        return Ticket.received(id, "cust-1", "TV-OLED55", "No sound", Fixtures.CHICAGO, "cust-1", filed)
                .moveTo(TicketStatus.MATCHING, "workflow", "looking", filed.plusSeconds(1))
                .moveTo(TicketStatus.OFFERED, "workflow", "offered to exp-1 (score 0.9)", filed.plusSeconds(offerAfter))
                .moveTo(TicketStatus.ACCEPTED, "exp-1", "expert accepted", filed.plusSeconds(offerAfter + 60))
                .moveTo(TicketStatus.COMPLETED, "exp-1", "resolved", filed.plusSeconds(completeAfter));
    }
}
