package com.penultimate.sysops.core.lifecycle;

import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.kb.ArticleDraft;
import com.penultimate.sysops.core.kb.KnowledgeBase;
import com.penultimate.sysops.core.port.TicketRepository;

/**
 * A knowledge-base article pre-filled from a completed ticket, for the expert who completed it to review and add:
 * the problem as the customer described it, the solution as the expert recorded it, the ticket's product.
 */
public final class ArticleDrafts {
    private final TicketRepository tickets;
    private final KnowledgeBase knowledgeBase;

    public ArticleDrafts(TicketRepository tickets, KnowledgeBase knowledgeBase) {
        this.tickets = tickets;
        this.knowledgeBase = knowledgeBase;
    }

    /** The draft; 404 for a ticket the caller did not complete, 409 for one not completed yet. */
    public ArticleDraft fromTicket(Caller caller, String ticketId) {
        caller.require(Role.EXPERT, Role.ADMIN);
        return knowledgeBase.draftFromTicket(caller, tickets.find(ticketId)
                .orElseThrow(() -> new NotFoundException("no ticket " + ticketId + " completed by " + caller.subject())));
    }
}
