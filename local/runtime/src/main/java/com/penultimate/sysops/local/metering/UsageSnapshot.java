package com.penultimate.sysops.local.metering;

import java.util.Map;
import java.util.TreeMap;

/** Counter values at one moment, by name, sorted. */
public record UsageSnapshot(Map<String, Double> counters) {

    public UsageSnapshot {
        counters = Map.copyOf(counters);
    }

    /** The counter's value, 0 if it was never counted. */
    public double get(String counter) {
        return counters.getOrDefault(counter, 0.0);
    }

    /** The sum of every counter whose name starts with {@code prefix}. */
    public double sum(String prefix) {
        return counters.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /** What was counted since {@code earlier}; counters that did not move are left out. */
    public UsageSnapshot since(UsageSnapshot earlier) {
        Map<String, Double> delta = new TreeMap<>();
        counters.forEach((name, value) -> {
            double moved = value - earlier.get(name);
            if (moved != 0) {
                delta.put(name, moved);
            }
        });
        return new UsageSnapshot(delta);
    }

    /** Sorted by name, for printing. */
    public Map<String, Double> sorted() {
        return new TreeMap<>(counters);
    }
}
