package com.penultimate.sysops.customers;

import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code PUT /customers/me/payment-method}: a payment provider's card token. */
@Serdeable
record PaymentMethodRequest(String token) {
}
