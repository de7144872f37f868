package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.survey.Survey;
import com.penultimate.sysops.core.survey.SurveyRepository;
import com.penultimate.sysops.core.survey.SurveyStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link SurveyRepository} in a map that stores an answer together with the ticket's move and the expert's
 * rating, all or nothing, like the DynamoDB transaction it stands in for.
 */
public final class InMemorySurveyRepository implements SurveyRepository {
    private final Map<String, Survey> byTicket = new HashMap<>();
    private final InMemoryTicketRepository tickets;
    private final InMemoryExpertRatings ratings;

    public InMemorySurveyRepository(InMemoryTicketRepository tickets, InMemoryExpertRatings ratings) {
        this.tickets = tickets;
        this.ratings = ratings;
    }

    @Override
    public synchronized boolean create(Survey survey) {
        return byTicket.putIfAbsent(survey.ticketId(), survey) == null;
    }

    @Override
    public synchronized Optional<Survey> find(String ticketId) {
        return Optional.ofNullable(byTicket.get(ticketId));
    }

    @Override
    public synchronized Recording recordAnswer(Survey answered, Ticket surveyed) {
        Survey stored = byTicket.get(answered.ticketId());
        if (stored == null || !stored.isOpen() || !stored.nonce().equals(answered.nonce())) {
            return Recording.SURVEY_NOT_OPEN;
        }
        synchronized (tickets) {
            try {
                tickets.update(surveyed);
            } catch (ConflictException changed) {
                return Recording.TICKET_CHANGED;
            }
        }
        byTicket.put(answered.ticketId(), answered);
        ratings.add(answered.expertId(), answered.rating());
        return Recording.RECORDED;
    }

    @Override
    public synchronized boolean close(String ticketId, Instant at) {
        Survey stored = byTicket.get(ticketId);
        if (stored == null || !stored.isOpen()) {
            return false;
        }
        byTicket.put(ticketId, new Survey(stored.ticketId(), stored.customerId(), stored.expertId(), stored.product(),
                stored.area(), stored.nonce(), stored.sentAt(), stored.expiresAt(), SurveyStatus.CLOSED, null, null, at));
        return true;
    }
}
