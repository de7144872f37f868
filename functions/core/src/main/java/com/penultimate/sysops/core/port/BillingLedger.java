package com.penultimate.sysops.core.port;

import com.penultimate.sysops.core.billing.BillingStanding;
import com.penultimate.sysops.core.billing.BillingStep;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.Invoice;
import com.penultimate.sysops.core.model.SupportContract;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Contracts as billing sees them: which end on a day, where each one's payment stands, and the two ways a charge
 * ends. Both records are conditional on the standing they were decided on, so two workers deciding on the same
 * contract at once cannot both win ({@code ConflictException} for the loser).
 */
public interface BillingLedger {

    /** Every contract, in any status, whose period ends on {@code day}: a keyed lookup, never a scan. */
    List<SupportContract> endingOn(LocalDate day);

    Optional<BillingStanding> standing(String customerId, String contractId);

    /** Stores the invoice and renews the contract to {@code renewed}, together or not at all. */
    void recordPayment(BillingStanding before, Invoice invoice, SupportContract renewed);

    /** Counts a declined charge for {@code step} and moves the contract to {@code next}. */
    void recordDecline(BillingStanding before, BillingStep step, ContractStatus next);
}
