package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.port.IdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** An {@link IdempotencyStore} in a map with the same lease rules as the DynamoDB one. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {
    private record Entry(boolean done, Instant leaseUntil, String result) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final Clock clock;

    public InMemoryIdempotencyStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Claim claim(String key, Duration lease) {
        Entry entry = entries.get(key);
        Instant now = clock.instant();
        if (entry != null && entry.done()) {
            return Claim.ALREADY_DONE;
        }
        if (entry != null && entry.leaseUntil().isAfter(now)) {
            return Claim.IN_PROGRESS_ELSEWHERE;
        }
        entries.put(key, new Entry(false, now.plus(lease), null));
        return Claim.ACQUIRED;
    }

    @Override
    public synchronized void complete(String key, String result) {
        entries.put(key, new Entry(true, Instant.MAX, result));
    }

    @Override
    public synchronized void release(String key) {
        Entry entry = entries.get(key);
        if (entry != null && !entry.done()) {
            entries.remove(key);
        }
    }
}
