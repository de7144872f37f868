package com.penultimate.sysops.core.usecase;

import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.Page;
import com.penultimate.sysops.core.port.TicketRepository;

/** Reads tickets for the people allowed to see them; others learn nothing, not even that a ticket exists. */
public final class TicketQueries {
    private final TicketRepository tickets;

    public TicketQueries(TicketRepository tickets) {
        this.tickets = tickets;
    }

    public Ticket get(Caller caller, String ticketId) {
        return tickets.find(ticketId).filter(t -> canSee(caller, t))
                .orElseThrow(() -> new NotFoundException("no ticket " + ticketId));
    }

    /**
     * A customer's own tickets (optionally of one status); for managers, call centre and admins, every
     * ticket or those in {@code status}. Newest first.
     */
    public Page<Ticket> list(Caller caller, TicketStatus status, int limit, String cursor) {
        int size = Math.max(1, Math.min(limit, 100));
        if (caller.hasAny(Role.MANAGER, Role.CALLCENTER, Role.ADMIN)) {
            return status == null ? tickets.all(size, cursor) : tickets.byStatus(status, size, cursor);
        }
        caller.require(Role.CUSTOMER);
        Page<Ticket> page = tickets.byCustomer(caller.subject(), size, cursor);
        if (status == null) {
            return page;
        }
        return new Page<>(page.items().stream().filter(t -> t.status() == status).toList(), page.nextCursor());
    }

    static boolean canSee(Caller caller, Ticket ticket) {
        if (caller.hasAny(Role.MANAGER, Role.CALLCENTER, Role.ADMIN)) {
            return true;
        }
        if (caller.has(Role.EXPERT) && caller.subject().equals(ticket.assignedExpertId())) {
            return true;
        }
        return caller.has(Role.CUSTOMER) && caller.subject().equals(ticket.customerId());
    }
}
