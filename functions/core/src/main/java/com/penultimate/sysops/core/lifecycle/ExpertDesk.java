package com.penultimate.sysops.core.lifecycle;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.FieldProblem;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.TaskTokenExpiredException;
import com.penultimate.sysops.core.port.TicketRepository;
import com.penultimate.sysops.core.port.TicketWorkflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What an expert does with the tickets offered to them, from the app or by SMS: see them, accept, decline.
 * Answers go to the waiting workflow, which owns the ticket's transitions; only the expert holding the
 * ticket can answer, and only while the workflow still waits.
 */
public final class ExpertDesk {
    private static final int MAX_REASON = 500;
    private static final int MAX_RESOLUTION = 4000;

    /** The patience the deployed desks use: the workflow's gap is a state transition and one Lambda call. */
    public static final Duration CATCH_UP = Duration.ofSeconds(5);
    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final long LONGEST_PAUSE_MILLIS = 320;

    private final TicketRepository tickets;
    private final TicketWorkflow workflow;
    private final Duration patience;

    /** A desk that refuses at once an answer the workflow does not wait for yet. */
    public ExpertDesk(TicketRepository tickets, TicketWorkflow workflow) {
        this(tickets, workflow, Duration.ZERO);
    }

    /**
     * @param patience how long an answer waits for the workflow to catch up: the ticket shows OFFERED (or ACCEPTED)
     *                 a moment before the workflow stores the token it waits on, and an expert who answers in that
     *                 moment should not have to send the answer again
     */
    public ExpertDesk(TicketRepository tickets, TicketWorkflow workflow, Duration patience) {
        this.tickets = tickets;
        this.workflow = workflow;
        this.patience = patience;
    }

    /** The caller's offered and accepted tickets, newest first. */
    public List<Ticket> myTickets(Caller caller) {
        caller.require(Role.EXPERT);
        return tickets.byExpert(caller.subject()).stream()
                .filter(t -> t.status() == TicketStatus.OFFERED || t.status() == TicketStatus.ACCEPTED)
                .toList();
    }

    public Ticket accept(Caller caller, String ticketId) {
        Ticket ticket = offeredTo(caller, ticketId);
        answer(ticket, "{\"answer\":\"ACCEPTED\"}");
        return ticket;
    }

    public Ticket decline(Caller caller, String ticketId, String reason) {
        caller.require(Role.EXPERT);
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "is required (1-" + MAX_REASON + " characters)");
        }
        Ticket ticket = offeredTo(caller, ticketId);
        answer(ticket, "{\"answer\":\"DECLINED\",\"reason\":" + jsonString(reason) + "}");
        return ticket;
    }

    /** Reports the job done: the workflow records the resolution, completes the ticket and frees the expert. */
    public Ticket complete(Caller caller, String ticketId, String resolution) {
        return complete(caller, ticketId, resolution, null);
    }

    /**
     * Reports the job done with a knowledge-base article (or null): the workflow adds the article when it records
     * the completion, so a refused completion leaves no article behind. Both are checked before anything is sent.
     */
    public Ticket complete(Caller caller, String ticketId, String resolution, CompletionArticle article) {
        caller.require(Role.EXPERT);
        List<FieldProblem> problems = new ArrayList<>();
        if (resolution == null || resolution.isBlank() || resolution.length() > MAX_RESOLUTION) {
            problems.add(new FieldProblem("resolution", "is required (1-" + MAX_RESOLUTION + " characters)"));
        }
        if (article != null) {
            problems.addAll(article.problems("kbArticle"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Ticket ticket = heldBy(caller, ticketId, TicketStatus.ACCEPTED);
        answer(ticket, "{\"resolution\":" + jsonString(resolution)
                + (article == null ? "" : ",\"kbArticle\":" + article.json()) + "}");
        return ticket;
    }

    Ticket offeredTo(Caller caller, String ticketId) {
        return heldBy(caller, ticketId, TicketStatus.OFFERED);
    }

    /**
     * The ticket, if the caller is the expert holding it and the workflow waits on them; 404 for anyone else. If the
     * ticket is already in the expected state but the workflow has not stored its token yet, waits up to the desk's
     * patience (re-reading with growing pauses) before refusing with 409.
     */
    private Ticket heldBy(Caller caller, String ticketId, TicketStatus expected) {
        caller.require(Role.EXPERT);
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            Ticket ticket = tickets.find(ticketId).filter(t -> caller.subject().equals(t.assignedExpertId()))
                    .orElseThrow(() -> new NotFoundException("no ticket " + ticketId + " is assigned to you"));
            if (ticket.status() != expected) {
                throw new ConflictException("ticket " + ticketId + " is " + ticket.status() + ", not " + expected);
            }
            if (ticket.dispatch().taskToken() != null) {
                return ticket;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new ConflictException("ticket " + ticketId + " is " + expected
                        + " but the workflow is not waiting for this answer yet: send it again in a moment");
            }
            pauseFor(Math.min(pause, Duration.ofNanos(left).toMillis() + 1));
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }

    private static void pauseFor(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("interrupted while waiting for the workflow: send the answer again");
        }
    }

    private void answer(Ticket ticket, String resultJson) {
        try {
            workflow.succeed(ticket.dispatch().taskToken(), resultJson);
        } catch (TaskTokenExpiredException e) {
            throw new ConflictException("the offer of ticket " + ticket.ticketId() + " has expired");
        }
    }

    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
