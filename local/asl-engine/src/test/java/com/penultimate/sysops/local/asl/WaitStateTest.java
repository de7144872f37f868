package com.penultimate.sysops.local.asl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitStateTest {

  private final EngineHarness harness = new EngineHarness();

  private ExecutionDescription runWait(String waitField, String input) {
    return harness.run("""
        {"StartAt": "W", "States": {"W": {"Type": "Wait", %s, "Next": "Done"}, "Done": {"Type": "Succeed"}}}
        """.formatted(waitField), input);
  }

  @Test
  void seconds_waitsThatLongOnTheClock() {
    runWait("\"Seconds\": 300", "{}");

    harness.advance(Duration.ofSeconds(299));
    assertThat(harness.describe().status()).isEqualTo(ExecutionStatus.RUNNING);

    harness.advance(Duration.ofSeconds(1));
    assertThat(harness.describe().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(harness.describe().stopDate()).isEqualTo(EngineHarness.START.plusSeconds(300));
  }

  @Test
  void secondsPath_readsTheDelayFromTheInput() {
    runWait("\"SecondsPath\": \"$.delay\"", "{\"delay\": 60}");

    harness.advance(Duration.ofSeconds(59));
    assertThat(harness.describe().status()).isEqualTo(ExecutionStatus.RUNNING);
    harness.advance(Duration.ofSeconds(1));
    assertThat(harness.describe().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void secondsPath_onANonNumberFailsWithStatesRuntime() {
    ExecutionDescription run = runWait("\"SecondsPath\": \"$.delay\"", "{\"delay\": \"soon\"}");

    assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.error()).isEqualTo("States.Runtime");
  }

  @Test
  void timestamp_waitsUntilThatInstant() {
    runWait("\"Timestamp\": \"2025-03-01T09:10:00Z\"", "{}");

    harness.advance(Duration.ofMinutes(9));
    assertThat(harness.describe().status()).isEqualTo(ExecutionStatus.RUNNING);
    harness.advance(Duration.ofMinutes(1));
    assertThat(harness.describe().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void timestampPath_inThePastContinuesAtOnce() {
    ExecutionDescription run = runWait("\"TimestampPath\": \"$.until\"", "{\"until\": \"2020-01-01T00:00:00Z\"}");

    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void wait_passesItsInputOn() {
    ExecutionDescription run = runWait("\"Seconds\": 0", "{\"a\": [1, 2]}");

    assertThat(run.output()).isEqualTo(EngineHarness.json("{\"a\": [1, 2]}"));
    assertThat(harness.history().enteredStates()).containsExactly("W", "Done");
  }
}
