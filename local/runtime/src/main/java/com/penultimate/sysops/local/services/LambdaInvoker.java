package com.penultimate.sysops.local.services;

/**
 * Invokes one function of the template synchronously, the way an event source or Step Functions does:
 * a JSON event in, the function's JSON answer out. A function error surfaces as the exception its handler
 * threw (not wrapped), so its class name is the error type Lambda's Java runtime would report.
 */
@FunctionalInterface
public interface LambdaInvoker {

    /** Invokes the function with logical id {@code functionLogicalId}; returns its JSON answer. */
    String invoke(String functionLogicalId, String eventJson) throws Exception;
}
