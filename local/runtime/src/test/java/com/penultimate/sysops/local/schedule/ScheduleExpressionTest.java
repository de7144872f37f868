package com.penultimate.sysops.local.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScheduleExpressionTest {
    /** A Saturday. */
    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void rate_firesOnePeriodLater() {
        assertThat(next("rate(5 minutes)")).isEqualTo("2025-03-01T09:05:00Z");
        assertThat(next("rate(1 hour)")).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(next("rate(2 days)")).isEqualTo("2025-03-03T09:00:00Z");
    }

    @Test
    void rate_withTheWrongNumberOfItsUnitOrNoValue_isRefusedAsEventBridgeRefusesIt() {
        assertThatThrownBy(() -> next("rate(1 minutes)")).hasMessageContaining("singular");
        assertThatThrownBy(() -> next("rate(5 minute)")).hasMessageContaining("plural");
        assertThatThrownBy(() -> next("rate(0 minutes)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> next("rate(5 weeks)")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dailyCron_firesAtTheNextMatchingTime() {
        assertThat(next("cron(0 2 * * ? *)")).isEqualTo("2025-03-02T02:00:00Z");
        assertThat(next("cron(30 9 * * ? *)")).isEqualTo("2025-03-01T09:30:00Z");
        assertThat(next("cron(0 9 * * ? *)")).as("strictly after now").isEqualTo("2025-03-02T09:00:00Z");
    }

    @Test
    void weeklyCron_inATimeZone_firesOnThatDayThereAtThatHour() {
        ScheduleExpression weekly = ScheduleExpression.parse("cron(0 8 ? * MON *)", ZoneId.of("America/Chicago"));

        assertThat(weekly.nextAfter(NOW)).contains(Instant.parse("2025-03-03T14:00:00Z"));
    }

    @Test
    void rangesListsStepsAndNames_areHonoured() {
        assertThat(next("cron(*/15 10-11 ? * SAT,SUN *)")).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(next("cron(0 12 1 JAN-JUN ? 2026)")).isEqualTo("2026-01-01T12:00:00Z");
        assertThat(next("cron(5/20 9 ? * 7 *)")).isEqualTo("2025-03-01T09:05:00Z");
    }

    @Test
    void unsupportedOrMalformedCron_isRefusedByName() {
        assertThatThrownBy(() -> next("cron(0 0 L * ? *)")).hasMessageContaining("not supported");
        assertThatThrownBy(() -> next("cron(0 0 ? * 2#1 *)")).hasMessageContaining("not supported");
        assertThatThrownBy(() -> next("cron(0 0 * * * *)")).hasMessageContaining("'?'");
        assertThatThrownBy(() -> next("cron(0 0 * *)")).hasMessageContaining("six fields");
    }

    @Test
    void at_firesOnceAtThatTime() {
        ScheduleExpression once = ScheduleExpression.parse("at(2025-03-01T10:00:00)", ZoneOffset.UTC);

        assertThat(once.nextAfter(NOW)).contains(Instant.parse("2025-03-01T10:00:00Z"));
        assertThat(once.nextAfter(Instant.parse("2025-03-01T10:00:00Z"))).isEmpty();
    }

    private static String next(String expression) {
        return ScheduleExpression.parse(expression, ZoneOffset.UTC).nextAfter(NOW).orElseThrow().toString();
    }
}
