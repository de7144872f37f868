package com.penultimate.sysops.http.auth;

/** No bearer token, or one that does not verify: answered with 401. */
public final class UnauthenticatedException extends RuntimeException {
    public UnauthenticatedException() {
        super("a valid bearer token is required");
    }
}
