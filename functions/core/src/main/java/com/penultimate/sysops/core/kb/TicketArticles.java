package com.penultimate.sysops.core.kb;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.model.Transition;
import java.util.List;
import java.util.Set;

/**
 * Turns a completed ticket into an article draft: the customer's description is the problem, the expert's
 * resolution (the reason of the ticket's last move to COMPLETED, written {@code resolved: <resolution>}) the
 * solution, the ticket's product the product, and the description's first sentence the title.
 */
final class TicketArticles {
    static final String RESOLVED = "resolved: ";
    static final int TITLE_LENGTH = 80;

    private TicketArticles() {
    }

    /** Admins may draft from any completed ticket, experts from those they completed. */
    static ArticleDraft draft(Caller caller, Ticket ticket) {
        caller.require(Role.EXPERT, Role.ADMIN);
        Transition completion = lastCompletion(ticket.history());
        if (!caller.has(Role.ADMIN) && (completion == null || !caller.subject().equals(completion.by()))) {
            throw new NotFoundException("no ticket " + ticket.ticketId() + " completed by " + caller.subject());
        }
        if (completion == null) {
            throw new ConflictException("ticket " + ticket.ticketId() + " is " + ticket.status()
                    + ", not completed: there is no resolution to write up");
        }
        String reason = completion.reason() == null ? "" : completion.reason();
        String solution = reason.startsWith(RESOLVED) ? reason.substring(RESOLVED.length()).strip() : reason.strip();
        return new ArticleDraft(title(ticket.description()), ticket.description().strip(), solution,
                Set.of(ticket.product()), Set.of());
    }

    private static Transition lastCompletion(List<Transition> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to() == TicketStatus.COMPLETED) {
                return history.get(i);
            }
        }
        return null;
    }

    /** The first sentence without its full stop, cut at a word boundary if longer than {@link #TITLE_LENGTH} characters. */
    static String title(String description) {
        String text = description.strip();
        int end = firstSentenceEnd(text);
        String sentence = text.substring(0, end).strip();
        if (sentence.endsWith(".")) {
            sentence = sentence.substring(0, sentence.length() - 1);
        }
        if (sentence.length() <= TITLE_LENGTH) {
            return sentence;
        }
        int space = sentence.lastIndexOf(' ', TITLE_LENGTH - 1);
        return sentence.substring(0, space > 0 ? space : TITLE_LENGTH - 1).strip() + "…";
    }

    private static int firstSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1))))) {
                return c == '\n' ? i : i + 1;
            }
        }
        return text.length();
    }
}
