package com.penultimate.sysops.core.port;

import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import java.util.List;
import java.util.Optional;

/** Stores tickets. Every change is conditional on the version the caller read. */
public interface TicketRepository {
    /**
     * Stores a new ticket and, when {@code claim} is not null, records the claim in the same atomic write.
     * If the claim's key was used before, nothing is written and the earlier ticket's id is returned.
     */
    TicketCreation create(Ticket ticket, IdempotencyClaim claim);

    Optional<Ticket> find(String ticketId);

    /** Replaces the ticket if the stored version is {@code ticket.version() - 1}; {@code ConflictException} otherwise. */
    void update(Ticket ticket);

    /** A customer's tickets, newest first. */
    Page<Ticket> byCustomer(String customerId, int limit, String cursor);

    /** Tickets held by an expert (offered, accepted or done), newest first, at most 100. */
    List<Ticket> byExpert(String expertId);

    /** Every ticket, newest first. */
    Page<Ticket> all(int limit, String cursor);

    /** Tickets in one status, newest first. */
    Page<Ticket> byStatus(TicketStatus status, int limit, String cursor);
}
