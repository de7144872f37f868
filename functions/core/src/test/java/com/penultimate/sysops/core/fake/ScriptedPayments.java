package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.billing.ChargeOutcome;
import com.penultimate.sysops.core.billing.ChargeRequest;
import com.penultimate.sysops.core.billing.PaymentProviderUnreachableException;
import com.penultimate.sysops.core.port.PaymentGateway;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link PaymentGateway} that behaves like a provider: every card pays unless told otherwise per token, a
 * repeated idempotency key gets the first answer again without a new charge, and it can be made unreachable
 * (before it charges, or after: the money taken but the answer lost).
 */
public final class ScriptedPayments implements PaymentGateway {
    private final Map<String, ChargeOutcome> byKey = new LinkedHashMap<>();
    private final List<ChargeRequest> requests = new ArrayList<>();
    private final Set<String> declining = new HashSet<>();
    /** Null while reachable; else whether the next call charges before failing. */
    private Boolean nextFailure;
    private int charges;

    public synchronized ScriptedPayments decline(String token) {
        declining.add(token);
        return this;
    }

    public synchronized ScriptedPayments accept(String token) {
        declining.remove(token);
        return this;
    }

    /** The next call fails with no answer; {@code afterCharging} takes the money first. */
    public synchronized ScriptedPayments unreachableOnce(boolean afterCharging) {
        nextFailure = afterCharging;
        return this;
    }

    @Override
    public synchronized ChargeOutcome charge(ChargeRequest request) {
        requests.add(request);
        Boolean afterCharging = nextFailure;
        nextFailure = null;
        if (Boolean.FALSE.equals(afterCharging)) {
            throw new PaymentProviderUnreachableException("simulated timeout");
        }
        ChargeOutcome outcome = byKey.computeIfAbsent(request.idempotencyKey(), key -> {
            if (declining.contains(request.customerToken())) {
                return new ChargeOutcome.Declined("card_declined");
            }
            charges++;
            return new ChargeOutcome.Paid("ch_" + charges);
        });
        if (Boolean.TRUE.equals(afterCharging)) {
            throw new PaymentProviderUnreachableException("simulated timeout after charging");
        }
        return outcome;
    }

    /** How many times money was taken. */
    public synchronized int charges() {
        return charges;
    }

    /** Every request that reached the provider, repeats included. */
    public synchronized List<ChargeRequest> requests() {
        return List.copyOf(requests);
    }
}
