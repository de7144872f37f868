package com.penultimate.sysops.core.reports;

import java.time.Duration;

/** The service levels reports measure against. */
public final class ServiceLevels {
    /** An expert should be offered the ticket within an hour of its filing. */
    public static final Duration OFFER_WITHIN = Duration.ofHours(1);
    /** The ticket should be completed within a day of its filing. */
    public static final Duration COMPLETE_WITHIN = Duration.ofHours(24);
    /** A ticket for the same product from the same customer within this time counts as a repeat. */
    public static final Duration REPEAT_WITHIN = Duration.ofDays(30);
    /** An expert's working day, the base of utilisation. */
    public static final Duration WORKDAY = Duration.ofHours(8);

    private ServiceLevels() {
    }
}
