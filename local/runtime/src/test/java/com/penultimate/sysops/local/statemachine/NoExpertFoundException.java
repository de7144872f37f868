package com.penultimate.sysops.local.statemachine;

/** A function's own error type, as a handler would throw it, for Catch by class name. */
public class NoExpertFoundException extends RuntimeException {
    public NoExpertFoundException(String message) {
        super(message);
    }
}
