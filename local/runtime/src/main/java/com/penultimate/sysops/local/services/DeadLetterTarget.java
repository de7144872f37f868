package com.penultimate.sysops.local.services;

/**
 * Where an asynchronous invocation's event goes once every attempt has failed: the function's
 * {@code DeadLetterQueue}, as Lambda sends it there.
 */
@FunctionalInterface
public interface DeadLetterTarget {

    /** No dead-letter queue anywhere: failed events are only logged. */
    DeadLetterTarget NONE = (function, event, error) -> false;

    /** Keeps the failed event if {@code functionLogicalId} has somewhere to keep it; returns whether it did. */
    boolean accept(String functionLogicalId, String eventJson, Exception error);
}
