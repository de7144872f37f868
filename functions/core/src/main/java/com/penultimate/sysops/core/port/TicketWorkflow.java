package com.penultimate.sysops.core.port;

/**
 * The workflow that owns a ticket from creation to survey (a Step Functions standard workflow when
 * deployed). Starting is idempotent: one execution per ticket, named by the ticket id.
 */
public interface TicketWorkflow {
    /** Starts the ticket's workflow unless it already runs or ran; returns true when this call started it. */
    boolean start(String ticketId);

    /** Resumes a step waiting on {@code taskToken} with a JSON result; {@code TaskTokenExpiredException} if it no longer waits. */
    void succeed(String taskToken, String resultJson);

    /** Fails a step waiting on {@code taskToken} with an error name and cause. */
    void fail(String taskToken, String error, String cause);
}
