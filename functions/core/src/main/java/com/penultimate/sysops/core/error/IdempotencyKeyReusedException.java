package com.penultimate.sysops.core.error;

/** An idempotency key came back with a different request than the one it first made. */
public final class IdempotencyKeyReusedException extends DomainException {
    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request");
    }

    @Override
    public String code() {
        return "idempotency-key-reused";
    }
}
