package com.penultimate.sysops.local.faults;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which functions fail how often, read from {@code SYSOPS_FAULTS}: {@code *=0.2} fails every function's
 * invocations with probability 0.2, {@code NotificationsFunction=0.5,*=0.1} gives one function (by logical id or
 * name) its own rate, and {@code seed=42} makes the draws reproducible. Off (every rate 0) unless configured.
 *
 * @param rates rate per logical id or function name, {@code *} for every function
 * @param seed  the seed of the injector's random draws
 */
public record FaultPlan(Map<String, Double> rates, long seed) {
    public static final String SETTING = "SYSOPS_FAULTS";
    private static final String ALL = "*";

    public FaultPlan {
        rates.forEach((function, rate) -> {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException(SETTING + ": the rate of " + function + " must be 0-1, was " + rate);
            }
        });
        rates = Map.copyOf(rates);
    }

    /** No faults anywhere. */
    public static FaultPlan none() {
        return new FaultPlan(Map.of(), 0);
    }

    /** The same rate for every function. */
    public static FaultPlan everywhere(double rate, long seed) {
        return new FaultPlan(Map.of(ALL, rate), seed);
    }

    /** From the {@code SYSOPS_FAULTS} system property, else the environment variable; none if neither is set. */
    public static FaultPlan fromEnvironment() {
        String spec = System.getProperty(SETTING, System.getenv(SETTING));
        return spec == null || spec.isBlank() ? none() : parse(spec);
    }

    /** Parses {@code name=rate} pairs and an optional {@code seed=n}, separated by commas or semicolons. */
    public static FaultPlan parse(String spec) {
        Map<String, Double> rates = new TreeMap<>();
        long seed = 0;
        for (String pair : spec.split("[,;]")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException(SETTING + ": expected name=rate, got '" + pair.trim() + "'");
            }
            String name = parts[0].trim();
            if (name.toLowerCase(Locale.ROOT).equals("seed")) {
                seed = Long.parseLong(parts[1].trim());
            } else {
                rates.put(name, Double.parseDouble(parts[1].trim()));
            }
        }
        return new FaultPlan(rates, seed);
    }

    /** The rate for a function, by its logical id, then its name, then {@code *}. */
    public double rateFor(String logicalId, String functionName) {
        Double rate = rates.get(logicalId);
        if (rate == null) {
            rate = rates.get(functionName);
        }
        return rate != null ? rate : rates.getOrDefault(ALL, 0.0);
    }

    public boolean isOff() {
        return rates.values().stream().allMatch(rate -> rate == 0);
    }
}
