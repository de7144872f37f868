package com.penultimate.sysops.tickets;

import com.penultimate.sysops.core.matching.AssignmentExplanation;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.model.Transition;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A ticket as its customer, the call centre and managers see it, with its full history. The assigned
 * expert shows by name (never phone); {@code assignment}, why that expert was chosen, only for managers.
 */
@Serdeable
record TicketView(
        String ticketId,
        String customerId,
        String product,
        String description,
        GeoPoint location,
        TicketStatus status,
        long version,
        String statusUrl,
        AssignedExpert assignedExpert,
        AssignmentExplanation assignment,
        Instant createdAt,
        Instant updatedAt,
        List<Transition> history) {

    /** The expert holding the ticket. */
    @Serdeable
    record AssignedExpert(String expertId, String name) {
    }

    static TicketView of(Ticket t, AssignedExpert expert, boolean withExplanation) {
        return new TicketView(t.ticketId(), t.customerId(), t.product(), t.description(), t.location(), t.status(),
                t.version(), "/tickets/" + t.ticketId(), expert,
                withExplanation ? t.dispatch().explanation() : null, t.createdAt(), t.updatedAt(), t.history());
    }
}
