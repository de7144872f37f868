package com.penultimate.sysops.core.model;

import com.penultimate.sysops.core.error.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's problem ticket. Every change of status goes through {@link #moveTo}, which bumps the
 * version (the repository writes conditionally on the previous one) and appends to the history.
 */
public record Ticket(
        String ticketId,
        String customerId,
        String product,
        String description,
        GeoPoint location,
        TicketStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String filedBy,
        String assignedExpertId,
        List<Transition> history) {

    public Ticket {
        history = List.copyOf(history);
    }

    /** A new ticket in {@link TicketStatus#RECEIVED}, version 1, with its first history entry. */
    public static Ticket received(String ticketId, String customerId, String product, String description,
                                  GeoPoint location, String filedBy, Instant now) {
        Transition first = new Transition(null, TicketStatus.RECEIVED, now, filedBy, "ticket filed");
        return new Ticket(ticketId, customerId, product, description, location, TicketStatus.RECEIVED, 1, now, now,
                filedBy, null, List.of(first));
    }

    public Ticket moveTo(TicketStatus target, String by, String reason, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new ConflictException("ticket " + ticketId + " cannot move from " + status + " to " + target);
        }
        List<Transition> next = new ArrayList<>(history);
        next.add(new Transition(status, target, now, by, reason));
        return new Ticket(ticketId, customerId, product, description, location, target, version + 1, createdAt, now,
                filedBy, assignedExpertId, next);
    }

    public Ticket withAssignedExpert(String expertId) {
        return new Ticket(ticketId, customerId, product, description, location, status, version, createdAt,
                updatedAt, filedBy, expertId, history);
    }
}
