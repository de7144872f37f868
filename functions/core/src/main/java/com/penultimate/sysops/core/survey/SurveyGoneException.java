package com.penultimate.sysops.core.survey;

/**
 * The survey link is genuine but can no longer be used: it expired, or the survey closed unanswered. Handlers
 * answer 410 Gone. (Not a {@code DomainException}: that family is closed to the answers every function shares.)
 */
public final class SurveyGoneException extends RuntimeException {
    public SurveyGoneException(String message) {
        super(message);
    }
}
