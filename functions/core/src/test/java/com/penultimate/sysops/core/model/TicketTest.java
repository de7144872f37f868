package com.penultimate.sysops.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.fake.Fixtures;
import org.junit.jupiter.api.Test;

class TicketTest {
    private final Ticket received = Ticket.received("T1", "c1", "TV", "no sound", Fixtures.CHICAGO, "c1", Fixtures.NOW);

    @Test
    void moveTo_bumpsVersionAndAppendsHistory() {
        Ticket matching = received.moveTo(TicketStatus.MATCHING, "workflow", "matching started", Fixtures.NOW);

        assertThat(matching.version()).isEqualTo(2);
        assertThat(matching.history()).hasSize(2).last()
                .isEqualTo(new Transition(TicketStatus.RECEIVED, TicketStatus.MATCHING, Fixtures.NOW, "workflow",
                        "matching started"));
    }

    @Test
    void moveTo_refusesIllegalTransition() {
        assertThatThrownBy(() -> received.moveTo(TicketStatus.COMPLETED, "x", "y", Fixtures.NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("RECEIVED to COMPLETED");
    }

    @Test
    void terminalStatesHaveNoWayOut() {
        assertThat(TicketStatus.SURVEYED.isTerminal()).isTrue();
        assertThat(TicketStatus.CANCELLED.isTerminal()).isTrue();
        assertThat(TicketStatus.ESCALATED.isTerminal()).isFalse();
    }

    @Test
    void serviceAreaContainsPointsWithinRadius() {
        ServiceArea area = new ServiceArea(Fixtures.CHICAGO, 30);
        assertThat(area.contains(new GeoPoint(41.95, -87.65))).isTrue();
        assertThat(area.contains(new GeoPoint(42.36, -71.06))).isFalse();
    }
}
