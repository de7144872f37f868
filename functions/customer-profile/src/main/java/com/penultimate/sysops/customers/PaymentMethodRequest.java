package com.penultimate.sysops.customers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code PUT /customers/me/payment-method}: a payment provider's card token. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record PaymentMethodRequest(String token) {
}
