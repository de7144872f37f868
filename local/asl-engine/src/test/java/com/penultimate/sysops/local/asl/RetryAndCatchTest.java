package com.penultimate.sysops.local.asl;

import static com.penultimate.sysops.local.asl.EngineHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryAndCatchTest {

  private static final String FLAKY = "arn:aws:lambda:us-east-1:123456789012:function:flaky";

  private final EngineHarness harness = new EngineHarness();
  private final List<Instant> attemptTimes = new CopyOnWriteArrayList<>();

  private void failTimes(int failures, String error) {
    AtomicInteger calls = new AtomicInteger();
    harness.invoker.on(FLAKY, call -> {
      attemptTimes.add(harness.clock.now());
      if (calls.incrementAndGet() <= failures) {
        throw new TaskFailedException(error, "attempt " + calls.get());
      }
      return json("{\"ok\": true, \"retryCount\": " + call.context().retryCount() + "}");
    });
  }

  private ExecutionDescription runFlaky(String retryAndCatch) {
    String handled = retryAndCatch.contains("Catch") ? ", \"Handled\": {\"Type\": \"Pass\", \"End\": true}" : "";
    return harness.run("""
        {"StartAt": "Flaky", "States": {
          "Flaky": {"Type": "Task", "Resource": "%s", %s "End": true}%s}}
        """.formatted(FLAKY, retryAndCatch, handled), "{\"ticketId\": \"T-1\"}");
  }

  private List<Long> secondsBetweenAttempts() {
    return IntStream.range(1, attemptTimes.size())
        .mapToObj(i -> Duration.between(attemptTimes.get(i - 1), attemptTimes.get(i)).toSeconds())
        .toList();
  }

  private void advanceUntilDone() {
    while (harness.describe().status() == ExecutionStatus.RUNNING && harness.clock.nextDueTime().isPresent()) {
      harness.clock.advance(Duration.between(harness.clock.now(), harness.clock.nextDueTime().get()));
    }
  }

  @Test
  void retry_backsOffExponentiallyOnTheClock() {
    failTimes(3, "Lambda.ServiceException");

    runFlaky("""
        "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 2, "MaxAttempts": 3,
                   "BackoffRate": 3.0}], "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handled"}],""");
    advanceUntilDone();

    assertThat(attemptTimes).hasSize(4);
    assertThat(secondsBetweenAttempts()).containsExactly(2L, 6L, 18L);
    assertThat(harness.describe().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(harness.describe().output()).isEqualTo(json("{\"ok\": true, \"retryCount\": 3}"));
  }

  @Test
  void retry_capsTheDelayAtMaxDelaySeconds() {
    failTimes(4, "Boom");

    runFlaky("""
        "Retry": [{"ErrorEquals": ["Boom"], "IntervalSeconds": 10, "MaxAttempts": 5, "BackoffRate": 2.0,
                   "MaxDelaySeconds": 25, "JitterStrategy": "NONE"}],""");
    advanceUntilDone();

    assertThat(secondsBetweenAttempts()).containsExactly(10L, 20L, 25L, 25L);
  }

  @Test
  void retry_usesDefaultsOfOneSecondThreeAttemptsAndRateTwo() {
    failTimes(5, "Boom");

    ExecutionDescription run = runFlaky("\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"]}],");
    advanceUntilDone();

    assertThat(secondsBetweenAttempts()).containsExactly(1L, 2L, 4L);
    assertThat(harness.describe().status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(harness.describe().error()).isEqualTo("Boom");
    assertThat(run.status()).isEqualTo(ExecutionStatus.RUNNING);
  }

  @Test
  void retry_onlyRetriesMatchingErrors() {
    failTimes(1, "Validation");

    runFlaky("\"Retry\": [{\"ErrorEquals\": [\"Lambda.ServiceException\"]}],");

    assertThat(attemptTimes).hasSize(1);
    assertThat(harness.describe().error()).isEqualTo("Validation");
  }

  @Test
  void retry_maxAttemptsZeroNeverRetries() {
    failTimes(1, "Boom");

    runFlaky("\"Retry\": [{\"ErrorEquals\": [\"Boom\"], \"MaxAttempts\": 0}],");

    assertThat(attemptTimes).hasSize(1);
    assertThat(harness.describe().status()).isEqualTo(ExecutionStatus.FAILED);
  }

  @Test
  void retry_countsAttemptsPerRetrier() {
    AtomicInteger calls = new AtomicInteger();
    harness.invoker.on(FLAKY, call -> {
      attemptTimes.add(harness.clock.now());
      throw new TaskFailedException(calls.incrementAndGet() % 2 == 1 ? "A" : "B", null);
    });

    runFlaky("""
        "Retry": [{"ErrorEquals": ["A"], "MaxAttempts": 1, "IntervalSeconds": 1, "BackoffRate": 1},
                  {"ErrorEquals": ["B"], "MaxAttempts": 1, "IntervalSeconds": 5, "BackoffRate": 1}],""");
    advanceUntilDone();

    assertThat(secondsBetweenAttempts()).containsExactly(1L, 5L);
    assertThat(harness.describe().error()).isEqualTo("A");
  }

  @Test
  void catch_routesToItsNextWithTheErrorAtResultPath() {
    failTimes(1, "NoCandidateFound");

    ExecutionDescription run = runFlaky("""
        "Catch": [{"ErrorEquals": ["Other"], "Next": "Handled"},
                  {"ErrorEquals": ["NoCandidateFound"], "ResultPath": "$.error", "Next": "Handled"}],""");

    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(harness.history().enteredStates()).containsExactly("Flaky", "Handled");
    assertThat(run.output()).isEqualTo(json(
        "{\"ticketId\": \"T-1\", \"error\": {\"Error\": \"NoCandidateFound\", \"Cause\": \"attempt 1\"}}"));
  }

  @Test
  void catch_withoutResultPathReplacesTheInputWithTheError() {
    failTimes(1, "Boom");

    ExecutionDescription run = runFlaky("\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Handled\"}],");

    assertThat(run.output()).isEqualTo(json("{\"Error\": \"Boom\", \"Cause\": \"attempt 1\"}"));
  }

  @Test
  void catch_appliesAfterRetriesAreExhausted() {
    failTimes(9, "Boom");

    runFlaky("""
        "Retry": [{"ErrorEquals": ["Boom"], "MaxAttempts": 2}],
        "Catch": [{"ErrorEquals": ["Boom"], "Next": "Handled"}],""");
    advanceUntilDone();

    assertThat(attemptTimes).hasSize(3);
    assertThat(harness.describe().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(harness.history().enteredStates()).containsExactly("Flaky", "Handled");
  }

  @Test
  void taskFailed_matchesTaskErrorsButNotTimeouts() {
    harness.invoker.on(FLAKY, call -> {
      harness.clock.advance(Duration.ofSeconds(5));
      return json("{}");
    });

    ExecutionDescription run = runFlaky("""
        "TimeoutSeconds": 1, "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "Handled"}],""");

    assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.error()).isEqualTo("States.Timeout");
  }

  @Test
  void statesAll_doesNotCatchStatesRuntime() {
    ExecutionDescription run = harness.run("""
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "%s", "InputPath": "$.missing",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handled"}], "End": true},
          "Handled": {"Type": "Pass", "End": true}}}
        """.formatted(FLAKY), "{}");

    assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.error()).isEqualTo("States.Runtime");
  }

  @Test
  void statesAll_catchesParameterPathFailure() {
    ExecutionDescription run = harness.run("""
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "%s", "Parameters": {"x.$": "$.missing"},
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handled"}], "End": true},
          "Handled": {"Type": "Pass", "End": true}}}
        """.formatted(FLAKY), "{}");

    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(run.output().get("Error").asText()).isEqualTo("States.ParameterPathFailure");
  }
}
