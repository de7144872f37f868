package com.penultimate.sysops.core.lifecycle;

import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.notification.Notification;
import com.penultimate.sysops.core.notification.NotificationKind;
import com.penultimate.sysops.core.port.Dispatcher;
import com.penultimate.sysops.core.port.NotificationQueue;
import com.penultimate.sysops.core.port.TicketRepository;
import java.time.Clock;
import java.time.Instant;

/**
 * The workflow's steps around matching: start matching, offer the reserved expert and wait on their answer,
 * take the acceptance, let a declining or silent expert go, escalate to managers. Every step is safe to
 * retry: a ticket already where the step would put it is left alone, and notifications carry ids that make
 * duplicates harmless.
 */
public final class TicketLifecycle {
    private static final String BY = TicketMatching.BY;

    private final TicketRepository tickets;
    private final Dispatcher dispatcher;
    private final NotificationQueue notifications;
    private final CompletionArticles articles;
    private final Clock clock;

    public TicketLifecycle(TicketRepository tickets, Dispatcher dispatcher, NotificationQueue notifications,
                           CompletionArticles articles, Clock clock) {
        this.tickets = tickets;
        this.dispatcher = dispatcher;
        this.notifications = notifications;
        this.articles = articles;
        this.clock = clock;
    }

    /** RECEIVED or WAITING_FOR_EXPERT → MATCHING. */
    public void beginMatching(String ticketId) {
        Ticket ticket = load(ticketId);
        if (ticket.status() == TicketStatus.MATCHING || ticket.status() == TicketStatus.OFFERED) {
            return;
        }
        tickets.update(ticket.moveTo(TicketStatus.MATCHING, BY, "looking for an expert", clock.instant()));
    }

    /** Keeps the token the workflow waits on and texts the reserved expert the offer; answers the offered ticket. */
    public Ticket offer(String ticketId, String taskToken) {
        Ticket ticket = load(ticketId);
        requireStatus(ticket, TicketStatus.OFFERED);
        if (!taskToken.equals(ticket.dispatch().taskToken())) {
            tickets.update(ticket.withDispatch(ticket.dispatch().waitingOn(taskToken)).touched(clock.instant()));
        }
        notifications.enqueue(new Notification(ticketId + "#offer#" + ticket.dispatch().offers(),
                NotificationKind.EXPERT_OFFER, ticketId, Notification.Recipient.EXPERT, ticket.assignedExpertId()));
        return ticket;
    }

    /** OFFERED → ACCEPTED; the customer is told their expert is on the way. */
    public void accepted(String ticketId) {
        Ticket ticket = load(ticketId);
        if (ticket.status() == TicketStatus.OFFERED) {
            ticket = ticket.withDispatch(ticket.dispatch().waitingOn(null))
                    .moveTo(TicketStatus.ACCEPTED, ticket.assignedExpertId(), "expert accepted", clock.instant());
            tickets.update(ticket);
        }
        requireStatus(ticket, TicketStatus.ACCEPTED);
        notifications.enqueue(new Notification(ticketId + "#on-the-way#" + ticket.dispatch().offers(),
                NotificationKind.EXPERT_ON_THE_WAY, ticketId, Notification.Recipient.CUSTOMER, ticket.customerId()));
    }

    /** Keeps the token the workflow waits on until the expert completes the job. */
    public void awaitCompletion(String ticketId, String taskToken) {
        Ticket ticket = load(ticketId);
        requireStatus(ticket, TicketStatus.ACCEPTED);
        if (!taskToken.equals(ticket.dispatch().taskToken())) {
            tickets.update(ticket.withDispatch(ticket.dispatch().waitingOn(taskToken)).touched(clock.instant()));
        }
    }

    /**
     * ACCEPTED → COMPLETED with the expert's resolution in the history; the expert's capacity is given back; the
     * article the expert wrote (or null) goes into the knowledge base with the expert as author. A retry after
     * the move still publishes the article, once.
     */
    public CompletionArticles.Publication completed(String ticketId, String resolution, CompletionArticle article) {
        Ticket ticket = load(ticketId);
        if (ticket.status() == TicketStatus.ACCEPTED) {
            String expertId = ticket.assignedExpertId();
            Ticket done = ticket.withDispatch(ticket.dispatch().waitingOn(null))
                    .moveTo(TicketStatus.COMPLETED, expertId, "resolved: " + resolution, clock.instant());
            dispatcher.release(done, expertId);
            ticket = done;
        }
        requireStatus(ticket, TicketStatus.COMPLETED);
        return article == null ? new CompletionArticles.Publication.None()
                : articles.publish(ticket, ticket.assignedExpertId(), article);
    }

    /** OFFERED → MATCHING: the expert declined or let the offer time out; they are freed and excluded. */
    public void release(String ticketId, String reason) {
        Ticket ticket = load(ticketId);
        if (ticket.status() != TicketStatus.OFFERED) {
            return;
        }
        String expertId = ticket.assignedExpertId();
        Ticket released = ticket.withDispatch(ticket.dispatch().released(true))
                .moveTo(TicketStatus.MATCHING, BY, expertId + ": " + reason, clock.instant());
        dispatcher.release(released, expertId);
    }

    /**
     * Any open ticket → ESCALATED: a manager must act; a reserved expert is freed; managers are told. Answers
     * whether this call moved the ticket (false for a retry, or a ticket already closed).
     */
    public boolean escalate(String ticketId, String reason) {
        Ticket ticket = load(ticketId);
        boolean moved = ticket.status() != TicketStatus.ESCALATED;
        if (moved) {
            if (!ticket.status().canMoveTo(TicketStatus.ESCALATED)) {
                return false;
            }
            Instant now = clock.instant();
            String expertId = ticket.assignedExpertId();
            Ticket escalated = ticket.withDispatch(ticket.dispatch().released(false))
                    .moveTo(TicketStatus.ESCALATED, BY, reason, now);
            if (expertId != null) {
                dispatcher.release(escalated, expertId);
            } else {
                tickets.update(escalated);
            }
        }
        notifications.enqueue(new Notification(ticketId + "#escalated", NotificationKind.TICKET_ESCALATED, ticketId,
                Notification.Recipient.MANAGERS, null));
        return moved;
    }

    private Ticket load(String ticketId) {
        return tickets.find(ticketId).orElseThrow(() -> new NotFoundException("no ticket " + ticketId));
    }

    private static void requireStatus(Ticket ticket, TicketStatus expected) {
        if (ticket.status() != expected) {
            throw new IllegalStateException("ticket " + ticket.ticketId() + " is " + ticket.status() + ", expected "
                    + expected);
        }
    }
}
