package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.ReportStore;
import com.penultimate.sysops.core.reports.DayCounter;
import com.penultimate.sysops.core.reports.DayCounters;
import com.penultimate.sysops.core.reports.ReportUpdate;
import com.penultimate.sysops.core.reports.TicketProgress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link ReportStore} in maps, with the same conditions as the DynamoDB one. */
public final class InMemoryReportStore implements ReportStore {
    private final Map<String, TicketProgress> progress = new HashMap<>();
    private final Map<String, Instant> lastFiled = new HashMap<>();
    private final Map<DayCounter, Long> counters = new HashMap<>();
    private final Map<TicketStatus, Long> open = new EnumMap<>(TicketStatus.class);
    private int updates;

    @Override
    public synchronized Optional<TicketProgress> progress(String ticketId) {
        return Optional.ofNullable(progress.get(ticketId));
    }

    @Override
    public synchronized Optional<Instant> lastFiled(String customerId, String product) {
        return Optional.ofNullable(lastFiled.get(customerId + "#" + product));
    }

    @Override
    public synchronized void apply(ReportUpdate update) {
        String ticketId = update.profile().ticketId();
        int applied = progress.containsKey(ticketId) ? progress.get(ticketId).applied() : 0;
        if (applied != update.appliedBefore()) {
            throw new ConflictException("ticket " + ticketId + " was counted meanwhile");
        }
        if (update.repeat() != null) {
            String key = update.repeat().customerId() + "#" + update.repeat().product();
            if (!Objects.equals(lastFiled.get(key), update.repeat().previousFiledAt())) {
                throw new ConflictException("customer filed for the product meanwhile");
            }
            lastFiled.put(key, update.repeat().filedAt());
        }
        progress.put(ticketId, new TicketProgress(update.appliedAfter(), update.profile()));
        update.increments().forEach((counter, amount) -> counters.merge(counter, amount, Long::sum));
        update.openChanges().forEach((status, change) -> open.merge(status, change, Long::sum));
        updates++;
    }

    @Override
    public synchronized List<DayCounters> days(LocalDate from, LocalDate to) {
        Map<List<Object>, Map<String, Long>> grouped = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        counters.forEach((c, value) -> {
            if (!c.day().isBefore(from) && !c.day().isAfter(to)) {
                grouped.computeIfAbsent(List.of(c.day(), c.scope()), k -> new HashMap<>()).put(c.name(), value);
            }
        });
        List<DayCounters> days = new ArrayList<>();
        grouped.forEach((k, v) -> days.add(new DayCounters((LocalDate) k.get(0), (String) k.get(1), v)));
        return days;
    }

    @Override
    public synchronized Map<TicketStatus, Long> openNow() {
        return Map.copyOf(open);
    }

    /** A counter's value, for assertions. */
    public synchronized long counter(LocalDate day, String scope, String name) {
        return counters.getOrDefault(new DayCounter(day, scope, name), 0L);
    }

    /** How many updates were applied. */
    public synchronized int updates() {
        return updates;
    }
}
