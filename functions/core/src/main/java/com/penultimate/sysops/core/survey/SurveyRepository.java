package com.penultimate.sysops.core.survey;

import com.penultimate.sysops.core.model.Ticket;
import java.time.Instant;
import java.util.Optional;

/** Stores the surveys, one per ticket. Every change of a survey is conditional on it being open. */
public interface SurveyRepository {

    /** What became of an answer. */
    enum Recording {
        /** Answer, ticket move and the expert's rating are stored, all together. */
        RECORDED,
        /** Nothing written: the survey is no longer open, or was opened again with another nonce. */
        SURVEY_NOT_OPEN,
        /** Nothing written: the ticket changed since it was read. */
        TICKET_CHANGED
    }

    /** Stores a new survey unless the ticket has one; returns false, writing nothing, if it has. */
    boolean create(Survey survey);

    Optional<Survey> find(String ticketId);

    /**
     * Atomically: stores {@code answered} if the stored survey is open with the same nonce, stores
     * {@code surveyed} (the ticket's move to SURVEYED) if the stored ticket is at the version before it, and adds
     * the rating to the expert's running sums (see {@code ExpertRatings}).
     */
    Recording recordAnswer(Survey answered, Ticket surveyed);

    /** Closes the survey if it is still open; returns false, writing nothing, otherwise. */
    boolean close(String ticketId, Instant at);
}
