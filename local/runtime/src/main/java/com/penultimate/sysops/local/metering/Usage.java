package com.penultimate.sysops.local.metering;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Billable usage counted by the local runtime's meters, by counter name (e.g. {@code dynamodb.wru.Tickets},
 * {@code lambda.invocations.TicketIntakeFunction}). Thread-safe; counters only grow, so a period's usage is
 * the difference of two {@link #snapshot() snapshots}.
 */
public final class Usage {
    private final Map<String, DoubleAdder> counters = new ConcurrentHashMap<>();

    public void add(String counter, double amount) {
        counters.computeIfAbsent(counter, c -> new DoubleAdder()).add(amount);
    }

    public void increment(String counter) {
        add(counter, 1);
    }

    /** Every counter's value now. */
    public UsageSnapshot snapshot() {
        Map<String, Double> values = new TreeMap<>();
        counters.forEach((name, adder) -> values.put(name, adder.sum()));
        return new UsageSnapshot(values);
    }
}
