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

    public SupportContract {
        products = Set.copyOf(products);
    }

    /** One support period: a year from the start date, the end date exclusive. */
    public static LocalDate endOfPeriod(LocalDate startDate) {
        return startDate.plusYears(1);
    }

    /**
     * Whether a ticket for {@code productCode} filed on {@code day} is covered. A PAST_DUE contract still
     * covers tickets while its card is retried; a SUSPENDED or CANCELLED one does not.
     */
    public boolean covers(String productCode, LocalDate day) {
        boolean inForce = status == ContractStatus.ACTIVE || status == ContractStatus.PAST_DUE;
        return inForce && products.contains(productCode) && !day.isBefore(startDate) && day.isBefore(endDate);
    }
}
