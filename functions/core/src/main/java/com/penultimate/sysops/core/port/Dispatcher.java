package com.penultimate.sysops.core.port;

import com.penultimate.sysops.core.model.Ticket;

/**
 * Books and frees experts together with the ticket's change, atomically (one DynamoDB transaction), so no
 * expert exceeds capacity and no ticket holds two experts.
 */
public interface Dispatcher {
    /**
     * Stores {@code ticket} (conditional on its previous version) and takes one unit of {@code expertId}'s
     * capacity (conditional on the expert being available and below capacity). Returns false, writing
     * nothing, when the expert is no longer free; {@code ConflictException} when the ticket changed meanwhile.
     */
    boolean reserve(Ticket ticket, String expertId);

    /** Stores {@code ticket} (conditional on its previous version) and gives one unit of capacity back to {@code expertId}. */
    void release(Ticket ticket, String expertId);
}
