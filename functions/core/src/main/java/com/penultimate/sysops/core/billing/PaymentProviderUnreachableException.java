package com.penultimate.sysops.core.billing;

/**
 * The payment provider gave no definite answer (timeout, connection failure, 5xx): the charge may or may not
 * have happened. It is never recorded as paid or declined; the same request is tried again later with the same
 * idempotency key, and the provider's answer to that is the truth.
 */
public final class PaymentProviderUnreachableException extends RuntimeException {
    public PaymentProviderUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }

    public PaymentProviderUnreachableException(String message) {
        super(message);
    }
}
