package com.penultimate.sysops.local.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScaledWorkflowClockTest {

  @Test
  void speedingUp_firesAPendingTimerAtItsDueTimeOnTheFasterClock() throws Exception {
    try (ScaledWorkflowClock clock = ScaledWorkflowClock.accelerated(1)) {
      Instant due = clock.now().plus(Duration.ofHours(1));
      CountDownLatch fired = new CountDownLatch(1);
      Instant[] firedAt = new Instant[1];
      clock.schedule(due, () -> {
        firedAt[0] = clock.now();
        fired.countDown();
      });
      assertThat(fired.await(200, TimeUnit.MILLISECONDS)).as("an hour ahead at real time").isFalse();

      clock.changeMultiplier(36_000);

      assertThat(fired.await(5, TimeUnit.SECONDS)).as("an hour is a tenth of a second at 36,000x").isTrue();
      assertThat(firedAt[0]).isAfterOrEqualTo(due);
    }
  }

  @Test
  void changingTheMultiplier_keepsTimeContinuous() {
    try (ScaledWorkflowClock clock = ScaledWorkflowClock.accelerated(1000)) {
      Instant before = clock.now();
      clock.changeMultiplier(1);
      Instant after = clock.now();
      assertThat(after).isAfterOrEqualTo(before);
      assertThat(Duration.between(before, after)).isLessThan(Duration.ofSeconds(5));
      assertThat(clock.multiplier()).isEqualTo(1);
    }
  }

  @Test
  void aCancelledTimer_staysCancelledWhenTheClockChangesSpeed() throws Exception {
    try (ScaledWorkflowClock clock = ScaledWorkflowClock.accelerated(1)) {
      AtomicInteger runs = new AtomicInteger();
      WorkflowClock.ScheduledTimer timer = clock.schedule(clock.now().plusSeconds(60), runs::incrementAndGet);
      CountDownLatch marker = new CountDownLatch(1);
      clock.schedule(clock.now().plusSeconds(120), marker::countDown);
      timer.cancel();

      clock.changeMultiplier(100_000);

      assertThat(marker.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(runs).hasValue(0);
    }
  }

  @Test
  void aMultiplierBelowOne_isRefused() {
    try (ScaledWorkflowClock clock = ScaledWorkflowClock.accelerated(2)) {
      assertThatThrownBy(() -> clock.changeMultiplier(0.5)).isInstanceOf(IllegalArgumentException.class);
      assertThat(clock.multiplier()).isEqualTo(2);
    }
  }
}
