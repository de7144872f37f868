package com.penultimate.sysops.local.faults;

/** What the injector does to one invocation. */
public enum Fault {
    /** Runs as usual. */
    NONE,
    /** The invocation fails before the handler runs ({@code Lambda.ServiceException}): no side effect. */
    FAIL_BEFORE,
    /**
     * The handler runs, then the invocation fails ({@code Lambda.Unknown}, as when the runtime dies after the
     * work): the side effect happened, yet the caller sees an error and retries.
     */
    FAIL_AFTER,
    /** The handler runs, then the caller is told the function timed out ({@code Sandbox.Timedout}). */
    TIME_OUT
}
