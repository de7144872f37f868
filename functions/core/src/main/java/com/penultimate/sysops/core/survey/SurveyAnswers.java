package com.penultimate.sysops.core.survey;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.FieldProblem;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.ExpertRepository;
import com.penultimate.sysops.core.port.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer's side of a survey, reached by its signed link alone: see the questions, answer once. The answer,
 * the ticket's move to SURVEYED (by "customer") and the expert's rating are stored together or not at all.
 * A tampered link is invalid input (400), an expired or closed survey is gone (410), an answered one a conflict
 * (409).
 */
public final class SurveyAnswers {
    public static final int MAX_COMMENTS = 2000;
    static final String BY = "customer";
    private static final int ATTEMPTS = 3;

    private final SurveyRepository surveys;
    private final TicketRepository tickets;
    private final ExpertRepository experts;
    private final SurveyTokens tokens;
    private final Clock clock;

    public SurveyAnswers(SurveyRepository surveys, TicketRepository tickets, ExpertRepository experts,
                         SurveyTokens tokens, Clock clock) {
        this.surveys = surveys;
        this.tickets = tickets;
        this.experts = experts;
        this.tokens = tokens;
        this.clock = clock;
    }

    public SurveyQuestions questions(String token) {
        Survey survey = openSurvey(token);
        String expert = experts.find(survey.expertId()).map(Expert::name).orElse("your expert");
        return new SurveyQuestions(survey.ticketId(), survey.product(), expert, survey.expiresAt(),
                List.of(SurveyQuestions.RATING, SurveyQuestions.COMMENTS));
    }

    /** Stores the answer, once; the ticket becomes SURVEYED. */
    public Survey answer(String token, Integer rating, String comments) {
        Survey survey = openSurvey(token);
        String text = checked(rating, comments);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            Ticket ticket = tickets.find(survey.ticketId()).orElseThrow(() -> new IllegalStateException(
                    "survey of missing ticket " + survey.ticketId()));
            Survey answered = survey.answered(rating, text, now);
            Ticket surveyed = ticket.moveTo(TicketStatus.SURVEYED, BY, "survey answered: rated " + rating + "/5", now);
            switch (surveys.recordAnswer(answered, surveyed)) {
                case RECORDED -> {
                    return answered;
                }
                case SURVEY_NOT_OPEN -> throw refusal(surveys.find(survey.ticketId()).orElseThrow());
                case TICKET_CHANGED -> {
                    // Only the survey moves a completed ticket; a concurrent write is retried on a fresh read.
                }
            }
        }
        throw new ConflictException("ticket " + survey.ticketId() + " kept changing while the answer was stored; "
                + "send it again");
    }

    /** The survey the token opens, if it is still open for this token's nonce. */
    private Survey openSurvey(String token) {
        SurveyClaim claim = tokens.verify(token, clock.instant());
        Survey survey = surveys.find(claim.ticketId()).filter(s -> s.nonce().equals(claim.nonce()))
                .orElseThrow(() -> InvalidInputException.of("token", "is not a valid survey link"));
        if (!survey.isOpen()) {
            throw refusal(survey);
        }
        return survey;
    }

    private static RuntimeException refusal(Survey survey) {
        return switch (survey.status()) {
            case ANSWERED -> new ConflictException("this survey was already answered; thank you");
            case CLOSED -> new SurveyGoneException("this survey closed on " + survey.endedAt() + " without an answer");
            case OPEN -> new IllegalStateException("survey of ticket " + survey.ticketId() + " is open");
        };
    }

    private static String checked(Integer rating, String comments) {
        List<FieldProblem> problems = new ArrayList<>();
        if (rating == null || rating < 1 || rating > 5) {
            problems.add(new FieldProblem("rating", "must be a whole number from 1 to 5"));
        }
        String text = comments == null ? "" : comments.strip();
        if (text.length() > MAX_COMMENTS) {
            problems.add(new FieldProblem("comments", "must be at most " + MAX_COMMENTS + " characters"));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problems.add(new FieldProblem("comments", "must not contain control characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return text;
    }
}
