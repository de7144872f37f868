package com.penultimate.sysops.core.reports;

import java.time.LocalDate;
import java.util.Map;

/** The counters of one day and scope, as the reporting store holds them. */
public record DayCounters(LocalDate day, String scope, Map<String, Long> values) {
    public DayCounters {
        values = Map.copyOf(values);
    }

    public long get(String name) {
        return values.getOrDefault(name, 0L);
    }
}
