package com.penultimate.sysops.core.lifecycle;

import com.penultimate.sysops.core.error.DomainException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.port.ExpertRepository;
import com.penultimate.sysops.core.port.TicketRepository;
import java.util.Optional;
import java.util.Set;

/**
 * Experts answering by text. A reply counts only when it comes from the phone number of the expert the
 * ticket is assigned to; anything else is ignored (and said so in the outcome), never acted on.
 */
public final class SmsReplies {
    private final TicketRepository tickets;
    private final ExpertRepository experts;
    private final ExpertDesk desk;

    public SmsReplies(TicketRepository tickets, ExpertRepository experts, ExpertDesk desk) {
        this.tickets = tickets;
        this.experts = experts;
        this.desk = desk;
    }

    /** What became of one inbound text. */
    public record Outcome(boolean acted, String ticketId, String detail) {
    }

    public Outcome handle(String fromNumber, String text) {
        SmsCommand command = SmsCommand.parse(text);
        if (command instanceof SmsCommand.Unrecognised) {
            return new Outcome(false, null, "not a command: expected ACCEPT|DECLINE|DONE <ticket>");
        }
        Optional<Expert> assigned = tickets.find(command.ticketId())
                .map(t -> t.assignedExpertId())
                .flatMap(id -> id == null ? Optional.empty() : experts.find(id));
        if (assigned.isEmpty() || !assigned.get().phone().equals(fromNumber)) {
            return new Outcome(false, command.ticketId(), "sender is not the expert assigned to the ticket");
        }
        Caller expert = new Caller(assigned.get().expertId(), Set.of(Role.EXPERT));
        try {
            if (command instanceof SmsCommand.Accept) {
                desk.accept(expert, command.ticketId());
            } else if (command instanceof SmsCommand.Decline decline) {
                desk.decline(expert, command.ticketId(), decline.reason());
            } else if (command instanceof SmsCommand.Done done) {
                desk.complete(expert, command.ticketId(), done.notes());
            }
            return new Outcome(true, command.ticketId(), command.getClass().getSimpleName().toLowerCase());
        } catch (DomainException refused) {
            return new Outcome(false, command.ticketId(), refused.getMessage());
        }
    }
}
