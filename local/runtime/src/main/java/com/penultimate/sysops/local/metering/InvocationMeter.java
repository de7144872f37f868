package com.penultimate.sysops.local.metering;

/** Told of every function invocation and how long it ran, as Lambda bills it. */
@FunctionalInterface
public interface InvocationMeter {
    InvocationMeter NONE = (function, nanos) -> { };

    void invoked(String function, long nanos);

    /**
     * Counts {@code lambda.invocations.<function>} and {@code lambda.billedMs.<function>}, the duration rounded up
     * to the millisecond as Lambda bills it.
     */
    static InvocationMeter into(Usage usage) {
        return (function, nanos) -> {
            usage.increment("lambda.invocations." + function);
            usage.add("lambda.billedMs." + function, Math.max(1, (nanos + 999_999) / 1_000_000));
        };
    }
}
