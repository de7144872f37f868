package com.penultimate.sysops.local.outbox;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the local SMS and email providers answer. Switched off, the SNS and SES stand-ins refuse sends as a
 * provider outage would (a 5xx), to try how the system degrades; switched on again, redelivered sends go through.
 */
public final class Providers {
    /** The providers that can be switched: texts to phone numbers and email. */
    public static final Set<OutboxMessage.Channel> SWITCHABLE = Set.of(OutboxMessage.Channel.SMS,
            OutboxMessage.Channel.EMAIL);

    private final Set<OutboxMessage.Channel> down = ConcurrentHashMap.newKeySet();

    public void set(OutboxMessage.Channel provider, boolean up) {
        if (!SWITCHABLE.contains(provider)) {
            throw new IllegalArgumentException("no provider to switch for " + provider);
        }
        if (up) {
            down.remove(provider);
        } else {
            down.add(provider);
        }
    }

    public boolean isUp(OutboxMessage.Channel provider) {
        return !down.contains(provider);
    }
}
