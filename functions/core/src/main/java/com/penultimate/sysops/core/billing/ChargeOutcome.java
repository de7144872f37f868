package com.penultimate.sysops.core.billing;

/** The provider's definite answer to a charge. No answer at all is {@link PaymentProviderUnreachableException}. */
public sealed interface ChargeOutcome {

    /** The money was taken; {@code chargeId} is the provider's reference. */
    record Paid(String chargeId) implements ChargeOutcome {
    }

    /** The card was refused (declined, expired, no card on file); {@code reason} is safe to show the customer. */
    record Declined(String reason) implements ChargeOutcome {
    }
}
