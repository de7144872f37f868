package com.penultimate.sysops.http.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Micronaut's own error answers (no such route, wrong method, unreadable JSON, missing body) as problem
 * documents, so every error a client sees has the same shape.
 */
@Singleton
@Replaces(HateoasErrorResponseProcessor.class)
public final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<String> {
    private final ProblemResponses problems;

    public ProblemErrorResponseProcessor(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<String> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        String detail = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        String title = response.reason();
        String code = switch (status) {
            case 400 -> "malformed-request";
            case 404 -> "no-such-route";
            case 405 -> "method-not-allowed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        if (status >= 500) {
            detail = "the request could not be completed; it was logged";
        }
        return problems.write(response, Problem.of(code, title, status, detail.isBlank() ? title : detail));
    }
}
