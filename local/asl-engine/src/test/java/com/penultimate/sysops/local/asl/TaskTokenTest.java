package com.penultimate.sysops.local.asl;

import static com.penultimate.sysops.local.asl.EngineHarness.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskTokenTest {

  private static final String NOTIFY = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";

  private final EngineHarness harness = new EngineHarness();

  @BeforeEach
  void startOffer() {
    harness.invoker.on(NOTIFY, call -> json("{\"MessageId\": \"m-1\"}"));
    harness.run("""
        {"StartAt": "Offer", "States": {
          "Offer": {"Type": "Task", "Resource": "%s",
            "Parameters": {"QueueUrl": "q", "MessageBody": {"ticketId.$": "$.ticketId", "token.$": "$$.Task.Token"}},
            "TimeoutSeconds": 3600, "HeartbeatSeconds": 600, "ResultPath": "$.offer",
            "Catch": [{"ErrorEquals": ["States.Timeout", "States.HeartbeatTimeout"], "ResultPath": "$.error",
                       "Next": "Expired"},
                      {"ErrorEquals": ["Offer.Declined"], "ResultPath": "$.error", "Next": "Declined"}],
            "End": true},
          "Expired": {"Type": "Pass", "End": true},
          "Declined": {"Type": "Pass", "End": true}}}
        """.formatted(NOTIFY), "{\"ticketId\": \"T-1\"}");
  }

  private String token() {
    return harness.invoker.lastCall().parameters().at("/MessageBody/token").asText();
  }

  @Test
  void waitForTaskToken_passesTheTokenAndWaitsWithoutFinishing() {
    assertThat(token()).isNotBlank().isEqualTo(harness.invoker.lastCall().context().taskToken());
    assertThat(harness.describe().status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(harness.history().ofType(HistoryEventType.TASK_SUBMITTED)).hasSize(1);
  }

  @Test
  void sendTaskSuccess_continuesWithTheSentOutputAsResult() {
    harness.engine.sendTaskSuccess(token(), "{\"decision\": \"ACCEPTED\"}");

    ExecutionDescription run = harness.describe();
    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(run.output()).isEqualTo(json("{\"ticketId\": \"T-1\", \"offer\": {\"decision\": \"ACCEPTED\"}}"));
    assertThat(harness.clock.pendingTimers()).isZero();
  }

  @Test
  void sendTaskFailure_failsTheTaskWithTheSentError() {
    harness.engine.sendTaskFailure(token(), "Offer.Declined", "too far");

    assertThat(harness.history().enteredStates()).containsExactly("Offer", "Declined");
    assertThat(harness.describe().output().get("error"))
        .isEqualTo(json("{\"Error\": \"Offer.Declined\", \"Cause\": \"too far\"}"));
  }

  @Test
  void timeoutSeconds_failsTheTaskWithStatesTimeoutWhenNoAnswerComes() {
    for (int i = 0; i < 6; i++) {
      harness.advance(Duration.ofSeconds(599));
      harness.engine.sendTaskHeartbeat(token());
    }
    harness.advance(Duration.ofSeconds(6));

    assertThat(harness.history().enteredStates()).containsExactly("Offer", "Expired");
    assertThat(harness.describe().output().at("/error/Error").asText()).isEqualTo("States.Timeout");
  }

  @Test
  void heartbeatSeconds_failsTheTaskWithHeartbeatTimeoutWhenHeartbeatsStop() {
    harness.advance(Duration.ofSeconds(500));
    harness.engine.sendTaskHeartbeat(token());
    harness.advance(Duration.ofSeconds(599));
    assertThat(harness.describe().status()).isEqualTo(ExecutionStatus.RUNNING);

    harness.advance(Duration.ofSeconds(1));

    assertThat(harness.describe().output().at("/error/Error").asText()).isEqualTo("States.HeartbeatTimeout");
  }

  @Test
  void sendTaskSuccess_afterTheTaskEndedIsTaskTimedOut() {
    String token = token();
    harness.engine.sendTaskSuccess(token, "{}");

    assertThatThrownBy(() -> harness.engine.sendTaskSuccess(token, "{}"))
        .isInstanceOf(EngineRequestException.TaskTimedOut.class);
    assertThatThrownBy(() -> harness.engine.sendTaskHeartbeat(token))
        .isInstanceOf(EngineRequestException.TaskTimedOut.class);
  }

  @Test
  void sendTaskSuccess_withAnUnknownTokenIsInvalidToken() {
    assertThatThrownBy(() -> harness.engine.sendTaskSuccess("forged", "{}"))
        .isInstanceOfSatisfying(EngineRequestException.InvalidToken.class,
            e -> assertThat(e.errorCode()).isEqualTo("InvalidToken"));
  }

  @Test
  void sendTaskSuccess_withInvalidJsonIsInvalidOutput() {
    assertThatThrownBy(() -> harness.engine.sendTaskSuccess(token(), "{not json"))
        .isInstanceOfSatisfying(EngineRequestException.InvalidJson.class,
            e -> assertThat(e.errorCode()).isEqualTo("InvalidOutput"));
    assertThat(harness.describe().status()).isEqualTo(ExecutionStatus.RUNNING);
  }

  @Test
  void stop_abandonsTheWaitingTask() {
    String token = token();

    ExecutionDescription stopped = harness.engine.stop("exec", "Ticket.Cancelled", "customer cancelled");

    assertThat(stopped.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(stopped.error()).isEqualTo("Ticket.Cancelled");
    assertThat(harness.clock.pendingTimers()).isZero();
    assertThatThrownBy(() -> harness.engine.sendTaskSuccess(token, "{}"))
        .isInstanceOf(EngineRequestException.TaskTimedOut.class);
  }

  @Test
  void eachAttemptGetsAFreshToken() {
    EngineHarness retrying = new EngineHarness();
    retrying.run("""
        {"StartAt": "Offer", "States": {"Offer": {"Type": "Task", "Resource": "%s",
          "Retry": [{"ErrorEquals": ["Offer.Declined"], "IntervalSeconds": 1, "MaxAttempts": 1}], "End": true}}}
        """.formatted(NOTIFY), "{}");
    String first = retrying.invoker.lastCall().context().taskToken();

    retrying.engine.sendTaskFailure(first, "Offer.Declined", null);
    retrying.advance(Duration.ofSeconds(1));

    String second = retrying.invoker.lastCall().context().taskToken();
    assertThat(second).isNotEqualTo(first);
    assertThat(retrying.invoker.lastCall().context().retryCount()).isEqualTo(1);
    retrying.engine.sendTaskSuccess(second, "{\"ok\": 1}");
    assertThat(retrying.describe().output()).isEqualTo(json("{\"ok\": 1}"));
  }
}
