package com.penultimate.sysops.local.metering;

/**
 * Meters one service's requests as they pass through a {@link MeteringProxy}; it may rewrite the request body
 * (e.g. to ask for consumed capacity) and then the response body (to take out what the caller did not ask for).
 */
@FunctionalInterface
public interface WireMeter {

    /** Called with the request's operation ({@code X-Amz-Target} or form {@code Action}) and body. */
    Exchange request(String operation, byte[] body);

    /** One request on its way: the body to forward, and what to do with the answer. */
    interface Exchange {
        byte[] body();

        /** Meters the answer and returns the body to give the caller. */
        byte[] response(int status, byte[] body);
    }
}
