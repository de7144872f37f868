package com.penultimate.sysops.core.port;

import com.penultimate.sysops.core.billing.ChargeOutcome;
import com.penultimate.sysops.core.billing.ChargeRequest;
import com.penultimate.sysops.core.billing.PaymentProviderUnreachableException;

/** A card payment provider, shaped like the real ones' charge API. */
public interface PaymentGateway {

    /**
     * Charges the card behind the request's token, at most once per idempotency key: a repeated key gets the
     * first answer again and moves no money.
     *
     * @throws PaymentProviderUnreachableException when the provider gave no definite answer
     */
    ChargeOutcome charge(ChargeRequest request);
}
