package com.penultimate.sysops.core.error;

/** The caller is known but lacks the role for this action. */
public final class ForbiddenException extends DomainException {
    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "forbidden";
    }
}
