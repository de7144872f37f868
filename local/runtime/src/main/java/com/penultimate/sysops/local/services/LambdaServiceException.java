package com.penultimate.sysops.local.services;

/**
 * The Lambda service, not the function, failed an invocation: the function does not exist or cannot run now.
 * A {@link LambdaInvoker} throws it so that Step Functions sees the service's error name
 * (e.g. {@code Lambda.ServiceException}) rather than a function error.
 */
public final class LambdaServiceException extends RuntimeException {
    private final String errorName;

    private LambdaServiceException(String errorName, String message, Throwable cause) {
        super(message, cause);
        this.errorName = errorName;
    }

    /** No function of that name is loaded: {@code Lambda.ResourceNotFoundException}. */
    public static LambdaServiceException notFound(String function) {
        return new LambdaServiceException("Lambda.ResourceNotFoundException", "Function not found: " + function, null);
    }

    /** The function cannot be invoked right now (e.g. it is shutting down): {@code Lambda.ServiceException}. */
    public static LambdaServiceException unavailable(String function, Throwable cause) {
        return new LambdaServiceException("Lambda.ServiceException", function + " cannot be invoked now", cause);
    }

    /**
     * The function's runtime died after the handler ran (e.g. out of memory): Step Functions reports
     * {@code Lambda.Unknown}.
     */
    public static LambdaServiceException crashed(String function, Throwable cause) {
        return new LambdaServiceException("Lambda.Unknown", function + " exited before answering", cause);
    }

    /** The function ran past its timeout: {@code Sandbox.Timedout}, as Lambda reports it. */
    public static LambdaServiceException timedOut(String function, int timeoutSeconds, Throwable cause) {
        return new LambdaServiceException("Sandbox.Timedout",
                function + " timed out after " + timeoutSeconds + " seconds", cause);
    }

    /** The error name Step Functions reports, e.g. {@code Lambda.ServiceException}. */
    public String errorName() {
        return errorName;
    }
}
