package com.penultimate.sysops.core.model;

import java.time.LocalDate;
import java.util.Set;

/** A one-year support plan covering a set of products for one customer. */
public record SupportContract(
        String contractId,
        String customerId,
        Set<String> products,
        LocalDate startDate,
        LocalDate endDate,
        ContractStatus status) {

    /** How many days past its end date a declined card is retried (days 1, 3 and 7) before suspension. */
    public static final int RETRY_WINDOW_DAYS = 7;

    public SupportContract {
        products = Set.copyOf(products);
    }

    /** One support period: a year from the start date, the end date exclusive. */
    public static LocalDate endOfPeriod(LocalDate startDate) {
        return startDate.plusYears(1);
    }

    /**
     * Whether a ticket for {@code productCode} filed on {@code day} is covered. A PAST_DUE contract still
     * covers tickets while its card is retried, up to {@value #RETRY_WINDOW_DAYS} days past its end date; a
     * SUSPENDED or CANCELLED one does not.
     */
    public boolean covers(String productCode, LocalDate day) {
        boolean inForce = status == ContractStatus.ACTIVE || status == ContractStatus.PAST_DUE;
        LocalDate coveredUntil = status == ContractStatus.PAST_DUE ? endDate.plusDays(RETRY_WINDOW_DAYS + 1) : endDate;
        return inForce && products.contains(productCode) && !day.isBefore(startDate) && day.isBefore(coveredUntil);
    }

    /** The next period, paid: it starts where this one ends and lasts a year; the contract is ACTIVE again. */
    public SupportContract renewed() {
        return new SupportContract(contractId, customerId, products, endDate, endOfPeriod(endDate),
                ContractStatus.ACTIVE);
    }

    /** The same contract in another status (a declined renewal, a suspension). */
    public SupportContract withStatus(ContractStatus next) {
        return new SupportContract(contractId, customerId, products, startDate, endDate, next);
    }
}
