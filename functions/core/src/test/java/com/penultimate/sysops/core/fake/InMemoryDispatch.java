package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.port.Dispatcher;
import com.penultimate.sysops.core.port.ExpertDirectory;
import java.util.List;

/**
 * {@link Dispatcher} and {@link ExpertDirectory} over the in-memory repositories, atomic under one lock like
 * the DynamoDB transaction; the directory returns every expert with the skill (the real one narrows by cell).
 */
public final class InMemoryDispatch implements Dispatcher, ExpertDirectory {
    private final InMemoryTicketRepository tickets;
    private final InMemoryExpertRepository experts;

    public InMemoryDispatch(InMemoryTicketRepository tickets, InMemoryExpertRepository experts) {
        this.tickets = tickets;
        this.experts = experts;
    }

    @Override
    public boolean reserve(Ticket ticket, String expertId) {
        synchronized (tickets) {
            Expert expert = experts.find(expertId).orElseThrow();
            if (!expert.available() || !expert.hasFreeCapacity()) {
                return false;
            }
            tickets.update(ticket);
            experts.replaceLoad(expertId, +1);
            return true;
        }
    }

    @Override
    public void release(Ticket ticket, String expertId) {
        synchronized (tickets) {
            tickets.update(ticket);
            experts.replaceLoad(expertId, -1);
        }
    }

    @Override
    public List<Expert> candidates(GeoPoint location, String skill) {
        return experts.list(10_000, null).items().stream().filter(e -> e.hasSkill(skill)).toList();
    }
}
