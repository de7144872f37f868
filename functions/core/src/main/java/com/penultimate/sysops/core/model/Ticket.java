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
        Dispatch dispatch,
        List<Transition> history) {

    public Ticket {
        history = List.copyOf(history);
        dispatch = dispatch == null ? Dispatch.NONE : dispatch;
    }

    /** A new ticket in {@link TicketStatus#RECEIVED}, version 1, with its first history entry. */
    public static Ticket received(String ticketId, String customerId, String product, String description,
                                  GeoPoint location, String filedBy, Instant now) {
        Transition first = new Transition(null, TicketStatus.RECEIVED, now, filedBy, "ticket filed");
        return new Ticket(ticketId, customerId, product, description, location, TicketStatus.RECEIVED, 1, now, now,
                filedBy, Dispatch.NONE, List.of(first));
    }

    public Ticket moveTo(TicketStatus target, String by, String reason, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new ConflictException("ticket " + ticketId + " cannot move from " + status + " to " + target);
        }
        List<Transition> next = new ArrayList<>(history);
        next.add(new Transition(status, target, now, by, reason));
        return new Ticket(ticketId, customerId, product, description, location, target, version + 1, createdAt, now,
                filedBy, dispatch, next);
    }

    /** The same ticket with another dispatch; the version is bumped by {@link #moveTo} or {@link #touched}. */
    public Ticket withDispatch(Dispatch next) {
        return new Ticket(ticketId, customerId, product, description, location, status, version, createdAt,
                updatedAt, filedBy, next, history);
    }

    /** A change that is not a transition (e.g. a task token stored): a new version, same history. */
    public Ticket touched(Instant now) {
        return new Ticket(ticketId, customerId, product, description, location, status, version + 1, createdAt, now,
                filedBy, dispatch, history);
    }

    /** The expert holding the ticket, or null. */
    public String assignedExpertId() {
        return dispatch.expertId();
    }
}
