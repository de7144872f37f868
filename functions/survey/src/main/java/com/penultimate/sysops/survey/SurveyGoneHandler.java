package com.penultimate.sysops.survey;

import com.penultimate.sysops.core.survey.SurveyGoneException;
import com.penultimate.sysops.http.problem.Problem;
import com.penultimate.sysops.http.problem.ProblemResponses;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** 410 Gone: the survey link is genuine but expired, or the survey closed unanswered. */
@Singleton
final class SurveyGoneHandler implements ExceptionHandler<SurveyGoneException, HttpResponse<?>> {
    private final ProblemResponses problems;

    SurveyGoneHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, SurveyGoneException exception) {
        return problems.respond(Problem.of("survey-gone", "Survey no longer open", 410, exception.getMessage()));
    }
}
