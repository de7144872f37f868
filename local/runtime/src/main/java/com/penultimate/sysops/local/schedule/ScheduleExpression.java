package com.penultimate.sysops.local.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EventBridge schedule expression: {@code rate(N minute|minutes|hour|hours|day|days)},
 * {@code cron(minutes hours day-of-month month day-of-week year)} in a time zone, or (Scheduler only) the
 * one-time {@code at(yyyy-mm-ddThh:mm:ss)}.
 */
public sealed interface ScheduleExpression {

    /** The first time strictly after {@code after} when it fires; empty when it never fires again. */
    Optional<Instant> nextAfter(Instant after);

    /** Parses {@code expression}; cron and at expressions are read in {@code zone}. */
    static ScheduleExpression parse(String expression, ZoneId zone) {
        Matcher m = Pattern.compile("(rate|cron|at)\\((.*)\\)").matcher(expression.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a schedule expression: " + expression);
        }
        return switch (m.group(1)) {
            case "rate" -> Rate.parse(m.group(2));
            case "cron" -> new Cron(CronExpression.parse(m.group(2)), zone);
            default -> new At(LocalDateTime.parse(m.group(2)).atZone(zone).toInstant());
        };
    }

    /** Fires every {@code period}, the first time one period after it starts. */
    record Rate(Duration period) implements ScheduleExpression {
        private static final Pattern RATE = Pattern.compile("(\\d+)\\s+(minute|minutes|hour|hours|day|days)");

        static Rate parse(String text) {
            Matcher m = RATE.matcher(text.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("not a rate: rate(" + text + ")");
            }
            long value = Long.parseLong(m.group(1));
            String unit = m.group(2);
            if (value < 1 || (value == 1) != !unit.endsWith("s")) {
                throw new IllegalArgumentException("rate(" + text + "): a value of 1 takes the singular unit, "
                        + "any other positive value the plural, as EventBridge requires");
            }
            Duration period = switch (unit.replaceAll("s$", "")) {
                case "minute" -> Duration.ofMinutes(value);
                case "hour" -> Duration.ofHours(value);
                default -> Duration.ofDays(value);
            };
            return new Rate(period);
        }

        @Override
        public Optional<Instant> nextAfter(Instant after) {
            return Optional.of(after.plus(period));
        }
    }

    /** Fires at every minute the cron fields match, read in {@code zone}. */
    record Cron(CronExpression fields, ZoneId zone) implements ScheduleExpression {
        @Override
        public Optional<Instant> nextAfter(Instant after) {
            return fields.nextAfter(after, zone);
        }
    }

    /** Fires once, at {@code time}. */
    record At(Instant time) implements ScheduleExpression {
        @Override
        public Optional<Instant> nextAfter(Instant after) {
            return time.isAfter(after) ? Optional.of(time) : Optional.empty();
        }
    }
}
