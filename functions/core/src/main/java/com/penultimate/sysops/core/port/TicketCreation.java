package com.penultimate.sysops.core.port;

import com.penultimate.sysops.core.model.Ticket;

/** What happened when a ticket was stored under an idempotency claim. */
public sealed interface TicketCreation {
    /** The ticket is new and durably stored. */
    record Created(Ticket ticket) implements TicketCreation {
    }

    /** The claim's key had already made a ticket; nothing was written. */
    record AlreadyCreated(String ticketId, String fingerprint) implements TicketCreation {
    }
}
