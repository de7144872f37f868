package com.penultimate.sysops.http.problem;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.DomainException;
import com.penultimate.sysops.core.error.ForbiddenException;
import com.penultimate.sysops.core.error.IdempotencyKeyReusedException;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.error.NoCoveringContractException;
import com.penultimate.sysops.core.error.NotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Maps each kind of domain failure to its HTTP answer. */
@Singleton
public final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {
    private final ProblemResponses problems;

    public DomainExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DomainException exception) {
        return problems.respond(problemFor(exception));
    }

    static Problem problemFor(DomainException exception) {
        String detail = exception.getMessage();
        if (exception instanceof InvalidInputException invalid) {
            return Problem.of(invalid.code(), "Invalid input", 400, detail).withErrors(invalid.problems());
        }
        if (exception instanceof NotFoundException) {
            return Problem.of(exception.code(), "Not found", 404, detail);
        }
        if (exception instanceof ForbiddenException) {
            return Problem.of(exception.code(), "Forbidden", 403, detail);
        }
        if (exception instanceof ConflictException) {
            return Problem.of(exception.code(), "Conflict", 409, detail);
        }
        if (exception instanceof NoCoveringContractException) {
            return Problem.of(exception.code(), "No active support contract", 422, detail);
        }
        if (exception instanceof IdempotencyKeyReusedException) {
            return Problem.of(exception.code(), "Idempotency key reused", 422, detail);
        }
        throw new IllegalStateException("unmapped domain failure " + exception.getClass().getName());
    }
}
