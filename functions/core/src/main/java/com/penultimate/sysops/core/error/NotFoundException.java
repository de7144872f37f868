package com.penultimate.sysops.core.error;

/** The thing does not exist, or the caller may not know that it does. */
public final class NotFoundException extends DomainException {
    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "not-found";
    }
}
