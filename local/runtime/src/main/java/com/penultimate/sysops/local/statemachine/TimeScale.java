package com.penultimate.sysops.local.statemachine;

import com.penultimate.sysops.local.asl.ScaledWorkflowClock;
import java.util.Map;

/**
 * How much faster than real time local workflows (Waits, retries, task timeouts) and schedules run, from the
 * environment variable {@code SYSOPS_TIME_SCALE}: 1 (real time) unless set; 60 makes a five-minute Wait five
 * seconds long. Task timeouts shrink by the same factor, so keep it modest.
 */
public record TimeScale(double multiplier) {
    public static final String VARIABLE = "SYSOPS_TIME_SCALE";

    public TimeScale {
        if (!(multiplier >= 1) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException(VARIABLE + " must be a number of at least 1, was " + multiplier);
        }
    }

    /** Reads {@code SYSOPS_TIME_SCALE} from {@code environment} (e.g. {@code System.getenv()}). */
    public static TimeScale from(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value == null || value.isBlank()) {
            return new TimeScale(1);
        }
        try {
            return new TimeScale(Double.parseDouble(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(VARIABLE + " must be a number of at least 1, was '" + value + "'", e);
        }
    }

    /** A new clock running at this scale; close it when done. */
    public ScaledWorkflowClock clock() {
        return ScaledWorkflowClock.accelerated(multiplier);
    }
}
