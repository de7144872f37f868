package com.penultimate.sysops.core.billing;

/**
 * One charge as a card payment provider takes it.
 *
 * @param amountMinor    the amount in the currency's minor unit
 * @param currency       ISO 4217 code
 * @param customerToken  the provider's token for the customer's card (never a card number)
 * @param idempotencyKey the provider charges once per key and answers a repeated key with the first answer
 * @param description    shown on the provider's dashboard and the customer's statement
 */
public record ChargeRequest(long amountMinor, String currency, String customerToken, String idempotencyKey,
                            String description) {
}
