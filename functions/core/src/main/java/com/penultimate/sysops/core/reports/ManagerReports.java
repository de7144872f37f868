package com.penultimate.sysops.core.reports;

import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.ReportStore;
import com.penultimate.sysops.core.reports.OperationsReport.Day;
import com.penultimate.sysops.core.reports.OperationsReport.ExpertWork;
import com.penultimate.sysops.core.reports.OperationsReport.Totals;
import com.penultimate.sysops.core.reports.OperationsReport.Volume;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The managers' reports, from the reporting store's day counters only (never the tickets): operations and
 * satisfaction for a range of days, at most {@value #MAX_DAYS} long, defaulting to the last seven days.
 */
public final class ManagerReports {
    static final int MAX_DAYS = 366;
    private static final int DEFAULT_DAYS = 7;

    private final ReportStore store;
    private final Clock clock;

    public ManagerReports(ReportStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public OperationsReport operations(Caller caller, LocalDate from, LocalDate to) {
        caller.require(Role.MANAGER, Role.ADMIN);
        Range range = range(from, to);
        return operations(range.from(), range.to());
    }

    /** For the weekly summary, which runs as the system rather than as a manager. */
    public OperationsReport operations(LocalDate from, LocalDate to) {
        List<DayCounters> days = store.days(from, to);
        Map<String, Long> open = new LinkedHashMap<>();
        Map<TicketStatus, Long> now = store.openNow();
        for (TicketStatus status : TicketStatus.values()) {
            if (now.getOrDefault(status, 0L) > 0) {
                open.put(status.name(), now.get(status));
            }
        }
        Map<String, Long> ops = sum(days, DayCounter.OPERATIONS);
        long completed = ops.getOrDefault("completed", 0L);
        long firstTime = ops.getOrDefault("firstTimeFixes", 0L);
        Totals totals = new Totals(ops.getOrDefault("filed", 0L), completed, ops.getOrDefault("escalated", 0L),
                ops.getOrDefault("cancelled", 0L), ops.getOrDefault("repeats", 0L), firstTime,
                completed == 0 ? 0 : Math.round(firstTime * 1000.0 / completed) / 1000.0,
                ops.getOrDefault("slaOfferBreaches", 0L), ops.getOrDefault("slaCompletionBreaches", 0L));
        return new OperationsReport(from, to, clock.instant(), open, totals, histogram(days, "tto"),
                histogram(days, "tta"), histogram(days, "ttc"), daily(days, from, to), weekly(days),
                experts(days, weekdays(from, to)));
    }

    public SatisfactionReport satisfaction(Caller caller, LocalDate from, LocalDate to) {
        caller.require(Role.MANAGER, Role.ADMIN);
        Range range = range(from, to);
        Map<String, long[]> byScope = new TreeMap<>();
        for (DayCounters day : store.days(range.from(), range.to())) {
            if (day.scope().startsWith("rating#")) {
                long[] sums = byScope.computeIfAbsent(day.scope().substring("rating#".length()), k -> new long[2]);
                sums[0] += day.get("ratings");
                sums[1] += day.get("ratingSum");
            }
        }
        List<SatisfactionReport.Rating> ratings = new ArrayList<>();
        long responses = 0;
        long total = 0;
        for (Map.Entry<String, long[]> e : byScope.entrySet()) {
            String[] scope = e.getKey().split("#", 2);
            long n = e.getValue()[0];
            ratings.add(new SatisfactionReport.Rating(scope[0], scope[1], n, average(e.getValue()[1], n)));
            if (scope[0].equals("expert")) {
                responses += n;
                total += e.getValue()[1];
            }
        }
        return new SatisfactionReport(range.from(), range.to(), clock.instant(), responses, average(total, responses),
                ratings);
    }

    private Range range(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        if (start.isAfter(end)) {
            throw InvalidInputException.of("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw InvalidInputException.of("to", "a report covers at most " + MAX_DAYS + " days");
        }
        return new Range(start, end);
    }

    private record Range(LocalDate from, LocalDate to) {
    }

    private static Map<String, Long> sum(List<DayCounters> days, String scope) {
        Map<String, Long> sums = new TreeMap<>();
        days.stream().filter(d -> d.scope().equals(scope))
                .forEach(d -> d.values().forEach((name, value) -> sums.merge(name, value, Long::sum)));
        return sums;
    }

    private static DurationHistogram.DurationSummary histogram(List<DayCounters> days, String metric) {
        DurationHistogram histogram = new DurationHistogram();
        days.stream().filter(d -> d.scope().equals(DayCounter.OPERATIONS))
                .forEach(d -> histogram.add(metric, d.values()));
        return histogram.summary();
    }

    private static List<Day> daily(List<DayCounters> days, LocalDate from, LocalDate to) {
        Map<LocalDate, DayCounters> ops = new TreeMap<>();
        days.stream().filter(d -> d.scope().equals(DayCounter.OPERATIONS)).forEach(d -> ops.put(d.day(), d));
        List<Day> daily = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DayCounters d = ops.get(day);
            daily.add(d == null ? new Day(day, 0, 0, 0)
                    : new Day(day, d.get("filed"), d.get("completed"), d.get("escalated")));
        }
        return daily;
    }

    private static List<Volume> weekly(List<DayCounters> days) {
        Map<List<String>, Long> volumes = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        for (DayCounters d : days) {
            String[] scope = d.scope().split("#", 2);
            if (scope.length == 2 && List.of("product", "skill", "area").contains(scope[0]) && d.get("filed") > 0) {
                String week = d.day().get(IsoFields.WEEK_BASED_YEAR) + "-W"
                        + String.format("%02d", d.day().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                volumes.merge(List.of(week, scope[0], scope[1]), d.get("filed"), Long::sum);
            }
        }
        return volumes.entrySet().stream()
                .map(e -> new Volume(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue())).toList();
    }

    private static List<ExpertWork> experts(List<DayCounters> days, long weekdays) {
        Map<String, Map<String, Long>> byExpert = new TreeMap<>();
        days.stream().filter(d -> d.scope().startsWith("expert#")).forEach(d -> d.values().forEach((name, value) ->
                byExpert.computeIfAbsent(d.scope().substring("expert#".length()), k -> new TreeMap<>())
                        .merge(name, value, Long::sum)));
        double workingSeconds = weekdays * (double) ServiceLevels.WORKDAY.toSeconds();
        return byExpert.entrySet().stream().map(e -> {
            Map<String, Long> c = e.getValue();
            long busy = c.getOrDefault("busySeconds", 0L);
            return new ExpertWork(e.getKey(), c.getOrDefault("offered", 0L), c.getOrDefault("accepted", 0L),
                    c.getOrDefault("declined", 0L), c.getOrDefault("completed", 0L),
                    Math.round(busy / 36.0) / 100.0, Math.round(busy / workingSeconds * 1000) / 1000.0);
        }).toList();
    }

    /** Weekdays in the range, at least one: the working time utilisation is measured against. */
    static long weekdays(LocalDate from, LocalDate to) {
        long count = from.datesUntil(to.plusDays(1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).count();
        return Math.max(1, count);
    }

    private static double average(long sum, long n) {
        return n == 0 ? 0 : Math.round(sum * 100.0 / n) / 100.0;
    }
}
