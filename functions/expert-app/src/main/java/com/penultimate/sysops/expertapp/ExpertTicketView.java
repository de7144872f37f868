package com.penultimate.sysops.expertapp;

import com.penultimate.sysops.core.model.Address;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.TicketStatus;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A ticket as the expert holding it sees it: the problem, where to go and whom to ask for. The customer's
 * phone and email stay out: the system does the talking.
 */
@Serdeable
record ExpertTicketView(
        String ticketId,
        String product,
        String problem,
        TicketStatus status,
        GeoPoint location,
        CustomerContact customer,
        Instant offeredAt,
        Instant createdAt,
        Instant updatedAt) {

    /** Whom to ask for at the door, and the door. */
    @Serdeable
    record CustomerContact(String name, Address address) {
    }
}
