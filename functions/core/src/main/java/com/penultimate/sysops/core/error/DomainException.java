package com.penultimate.sysops.core.error;

/**
 * A failure the domain knows about. Handlers map each kind to an answer (HTTP status, a partial batch
 * failure, a state-machine error name); nothing else should escape a use case.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, NotFoundException, ForbiddenException, ConflictException,
        NoCoveringContractException, IdempotencyKeyReusedException {

    protected DomainException(String message) {
        super(message);
    }

    /** A short stable name of the kind of failure, e.g. {@code invalid-input}. */
    public abstract String code();
}
