package com.penultimate.sysops.core.port;

/** The workflow step a task token belonged to no longer waits: it timed out, or was answered already. */
public final class TaskTokenExpiredException extends RuntimeException {
    public TaskTokenExpiredException(String message, Throwable cause) {
        super(message, cause);
    }
}
