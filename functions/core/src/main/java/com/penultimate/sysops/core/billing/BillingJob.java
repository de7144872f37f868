package com.penultimate.sysops.core.billing;

import java.time.LocalDate;

/**
 * One contract to charge, as queued by the billing run or a card update. It names the period by its end date;
 * by the time it is handled the contract may have moved on (paid, renewed), and then it does nothing.
 */
public record BillingJob(String customerId, String contractId, LocalDate periodEnd, BillingStep step) {
}
