package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.IdempotencyClaim;
import com.penultimate.sysops.core.port.Page;
import com.penultimate.sysops.core.port.TicketCreation;
import com.penultimate.sysops.core.port.TicketRepository;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** A {@link TicketRepository} in maps, atomic like the DynamoDB transaction it stands in for. */
public final class InMemoryTicketRepository implements TicketRepository {
    private final Map<String, Ticket> byId = new HashMap<>();
    private final Map<String, IdempotencyClaim> claims = new HashMap<>();
    private final Map<String, String> ticketByClaimKey = new HashMap<>();

    @Override
    public synchronized TicketCreation create(Ticket ticket, IdempotencyClaim claim) {
        if (claim != null && claims.containsKey(claim.key())) {
            return new TicketCreation.AlreadyCreated(ticketByClaimKey.get(claim.key()),
                    claims.get(claim.key()).fingerprint());
        }
        if (byId.containsKey(ticket.ticketId())) {
            throw new ConflictException("ticket " + ticket.ticketId() + " exists");
        }
        byId.put(ticket.ticketId(), ticket);
        if (claim != null) {
            claims.put(claim.key(), claim);
            ticketByClaimKey.put(claim.key(), ticket.ticketId());
        }
        return new TicketCreation.Created(ticket);
    }

    @Override
    public synchronized Optional<Ticket> find(String ticketId) {
        return Optional.ofNullable(byId.get(ticketId));
    }

    @Override
    public synchronized void update(Ticket ticket) {
        Ticket current = byId.get(ticket.ticketId());
        if (current == null || current.version() != ticket.version() - 1) {
            throw new ConflictException("ticket " + ticket.ticketId() + " was changed by someone else");
        }
        byId.put(ticket.ticketId(), ticket);
    }

    @Override
    public Page<Ticket> byCustomer(String customerId, int limit, String cursor) {
        return newestFirst(t -> t.customerId().equals(customerId), limit, cursor);
    }

    @Override
    public List<Ticket> byExpert(String expertId) {
        return newestFirst(t -> expertId.equals(t.assignedExpertId()), 100, null).items();
    }

    @Override
    public Page<Ticket> all(int limit, String cursor) {
        return newestFirst(t -> true, limit, cursor);
    }

    @Override
    public Page<Ticket> byStatus(TicketStatus status, int limit, String cursor) {
        return newestFirst(t -> t.status() == status, limit, cursor);
    }

    /** How many tickets are stored: lets tests assert that nothing was written. */
    public synchronized int size() {
        return byId.size();
    }

    private synchronized Page<Ticket> newestFirst(Predicate<Ticket> filter, int limit, String cursor) {
        List<Ticket> sorted = byId.values().stream().filter(filter)
                .sorted(Comparator.comparing(Ticket::createdAt).reversed()).toList();
        return Pages.slice(sorted, limit, cursor);
    }
}
