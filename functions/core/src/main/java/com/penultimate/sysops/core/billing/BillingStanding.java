package com.penultimate.sysops.core.billing;

import com.penultimate.sysops.core.model.SupportContract;
import java.util.Set;

/**
 * A contract and where its current period's payment stands: how many charges were declined, and which steps
 * ran. Both reset when the period is paid and the contract renews.
 *
 * @param declines   declined charges for the period so far; it numbers the next attempt's idempotency key
 * @param stepsTaken labels of the {@link BillingStep}s that ran for the period
 */
public record BillingStanding(SupportContract contract, int declines, Set<String> stepsTaken) {

    public BillingStanding {
        stepsTaken = Set.copyOf(stepsTaken);
    }

    /** A contract never charged in its period. */
    public static BillingStanding fresh(SupportContract contract) {
        return new BillingStanding(contract, 0, Set.of());
    }

    public boolean hasTaken(BillingStep step) {
        return stepsTaken.contains(step.label());
    }

    /**
     * The key of the next charge attempt: one key per contract, period and attempt. A provider answers a repeated
     * key with its first answer, so a duplicate message or a retry after a timeout gets the earlier charge back
     * instead of a second one; only a recorded decline moves on to a new key.
     */
    public String nextChargeKey() {
        return "sysops-" + contract.contractId() + "-" + contract.endDate() + "-" + declines;
    }
}
