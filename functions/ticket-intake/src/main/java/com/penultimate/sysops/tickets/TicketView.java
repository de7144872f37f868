package com.penultimate.sysops.tickets;

import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.model.Transition;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A ticket as its customer, the call centre and managers see it, with its full history. */
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
        Instant createdAt,
        Instant updatedAt,
        List<Transition> history) {

    static TicketView of(Ticket t) {
        return new TicketView(t.ticketId(), t.customerId(), t.product(), t.description(), t.location(), t.status(),
                t.version(), "/tickets/" + t.ticketId(), t.createdAt(), t.updatedAt(), t.history());
    }
}
