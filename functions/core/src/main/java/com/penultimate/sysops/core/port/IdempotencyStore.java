package com.penultimate.sysops.core.port;

import java.time.Duration;

/**
 * Records that a side effect happened once per logical event (a notification id, a charge key), so retries
 * and duplicate deliveries do not repeat it. Backed by a conditional put with an expiry and TTL.
 */
public interface IdempotencyStore {
    /** What happened to a claim on a key. */
    enum Claim { ACQUIRED, ALREADY_DONE, IN_PROGRESS_ELSEWHERE }

    /**
     * Claims {@code key} for {@code lease}; a claim whose lease ran out (its holder died) can be taken over.
     * Returns {@link Claim#ALREADY_DONE} when {@link #complete} was called for it before.
     */
    Claim claim(String key, Duration lease);

    /** Marks the work behind {@code key} done, with a short result (e.g. a provider message id). */
    void complete(String key, String result);

    /** Gives the claim up after a failure, so a retry can take it at once. */
    void release(String key);
}
