package com.penultimate.sysops.local.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The six fields of an EventBridge cron expression: minutes, hours, day-of-month, month, day-of-week (1 = SUN)
 * and year, each {@code *}, a value, a range {@code a-b}, a list {@code a,b} or a step {@code a/n}; names
 * {@code JAN-DEC} and {@code SUN-SAT}; {@code ?} in exactly one of the two day fields. {@code L}, {@code W} and
 * {@code #} are refused by name.
 */
public final class CronExpression {
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    private static final int SEARCH_DAYS = 5 * 366;

    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final BitSet years;

    private CronExpression(String[] f) {
        this.minutes = field(f[0], 0, 59, List.of());
        this.hours = field(f[1], 0, 23, List.of());
        this.daysOfMonth = f[2].equals("?") ? null : field(f[2], 1, 31, List.of());
        this.months = field(f[3], 1, 12, MONTHS);
        this.daysOfWeek = f[4].equals("?") ? null : field(f[4], 1, 7, DAYS);
        this.years = field(f[5], 1970, 2199, List.of());
    }

    /** Parses the text between {@code cron(} and {@code )}. */
    public static CronExpression parse(String text) {
        String[] fields = text.trim().toUpperCase(Locale.ROOT).split("\\s+");
        if (fields.length != 6) {
            throw new IllegalArgumentException("cron(" + text + ") needs six fields: minutes hours day-of-month "
                    + "month day-of-week year");
        }
        if (fields[2].equals("?") == fields[4].equals("?")) {
            throw new IllegalArgumentException("cron(" + text + "): exactly one of day-of-month and day-of-week "
                    + "must be '?'");
        }
        return new CronExpression(fields);
    }

    /** The first matching minute strictly after {@code after}, in {@code zone}. */
    public Optional<Instant> nextAfter(Instant after, ZoneId zone) {
        LocalDate day = after.atZone(zone).toLocalDate();
        for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
            if (!matches(day)) {
                continue;
            }
            for (int h = hours.nextSetBit(0); h >= 0; h = hours.nextSetBit(h + 1)) {
                for (int m = minutes.nextSetBit(0); m >= 0; m = minutes.nextSetBit(m + 1)) {
                    Instant candidate = ZonedDateTime.of(day, LocalTime.of(h, m), zone).toInstant();
                    if (candidate.isAfter(after)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private boolean matches(LocalDate day) {
        int dayOfWeek = day.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : day.getDayOfWeek().getValue() + 1;
        return years.get(day.getYear()) && months.get(day.getMonthValue())
                && (daysOfMonth == null || daysOfMonth.get(day.getDayOfMonth()))
                && (daysOfWeek == null || daysOfWeek.get(dayOfWeek));
    }

    private static BitSet field(String text, int min, int max, List<String> names) {
        if (text.matches(".*[LW#].*") && !names.contains(text)) {
            throw new IllegalArgumentException("cron field '" + text + "': L, W and # are not supported locally");
        }
        BitSet values = new BitSet();
        for (String part : text.split(",")) {
            String[] stepped = part.split("/", 2);
            int step = stepped.length == 2 ? Integer.parseInt(stepped[1]) : 1;
            String range = stepped[0];
            int from = min;
            int to = max;
            if (!range.equals("*")) {
                String[] bounds = range.split("-", 2);
                from = value(bounds[0], min, names);
                to = bounds.length == 2 ? value(bounds[1], min, names) : (stepped.length == 2 ? max : from);
            }
            if (from < min || to > max || from > to || step < 1) {
                throw new IllegalArgumentException("cron field '" + text + "' is outside " + min + "-" + max);
            }
            for (int v = from; v <= to; v += step) {
                values.set(v);
            }
        }
        return values;
    }

    private static int value(String text, int min, List<String> names) {
        int named = names.indexOf(text);
        return named >= 0 ? min + named : Integer.parseInt(text);
    }
}
