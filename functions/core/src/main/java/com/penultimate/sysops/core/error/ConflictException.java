package com.penultimate.sysops.core.error;

/** The action clashes with the current state: a duplicate, a stale version, an illegal transition. */
public final class ConflictException extends DomainException {
    public ConflictException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "conflict";
    }
}
