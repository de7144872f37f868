package com.penultimate.sysops.http.problem;

import com.penultimate.sysops.http.auth.UnauthenticatedException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** 401 with a {@code WWW-Authenticate: Bearer} challenge. */
@Singleton
public final class UnauthenticatedHandler implements ExceptionHandler<UnauthenticatedException, HttpResponse<?>> {
    private final ProblemResponses problems;

    public UnauthenticatedHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, UnauthenticatedException exception) {
        return problems.respond(Problem.of("unauthenticated", "Unauthenticated", 401, exception.getMessage()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
}
