package com.penultimate.sysops.core.port;

/**
 * A client's promise that requests carrying {@code key} are the same request. {@code fingerprint}
 * digests the request, so a reused key with a different request can be told apart.
 */
public record IdempotencyClaim(String key, String fingerprint) {
}
