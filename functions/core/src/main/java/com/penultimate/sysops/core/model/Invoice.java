package com.penultimate.sysops.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A paid support period: what was charged for which contract and year, and the payment provider's charge id.
 * One invoice per contract and period, so its id is made from both ({@link #idFor}).
 *
 * @param periodStart the first day of the paid year
 * @param periodEnd   the day after its last (exclusive), the contract's new end date
 * @param amountMinor the amount in the currency's minor unit (cents)
 */
public record Invoice(
        String invoiceId,
        String customerId,
        String contractId,
        Set<String> products,
        LocalDate periodStart,
        LocalDate periodEnd,
        long amountMinor,
        String currency,
        String chargeId,
        Instant paidAt) {

    public Invoice {
        products = Set.copyOf(products);
    }

    /** The id of the invoice for the period of {@code contractId} that starts on {@code periodStart}. */
    public static String idFor(String contractId, LocalDate periodStart) {
        return "INV-" + periodStart.toString().replace("-", "") + "-" + contractId;
    }
}
