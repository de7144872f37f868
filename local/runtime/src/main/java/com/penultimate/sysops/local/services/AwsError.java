package com.penultimate.sysops.local.services;

/**
 * A request a local AWS service refuses, as the real one would: the HTTP status and the error code its SDK turns
 * into a typed exception (e.g. {@code InvalidParameter}, {@code ExecutionAlreadyExists}).
 */
public final class AwsError extends RuntimeException {
    private final int status;
    private final String code;

    public AwsError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static AwsError badRequest(String code, String message) {
        return new AwsError(400, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
