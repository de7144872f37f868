package com.penultimate.sysops.local.asl;

import static com.penultimate.sysops.local.asl.EngineHarness.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionLifecycleTest {

  private static final String WAITING = """
      {"StartAt": "Wait", "States": {"Wait": {"Type": "Wait", "Seconds": 60, "End": true}}}
      """;

  private final EngineHarness harness = new EngineHarness();

  @Test
  void start_sameNameAndInputWhileRunningReturnsTheSameExecution() {
    ExecutionDescription first = harness.run(WAITING, "{\"ticketId\": \"T-1\"}");

    ExecutionDescription again = harness.engine.start(EngineHarness.MACHINE, "exec", "{ \"ticketId\" : \"T-1\" }");

    assertThat(again.executionArn()).isEqualTo(first.executionArn());
    assertThat(again.startDate()).isEqualTo(first.startDate());
    assertThat(harness.engine.listExecutions(EngineHarness.MACHINE)).hasSize(1);
    assertThat(harness.history().ofType(HistoryEventType.EXECUTION_STARTED)).hasSize(1);
  }

  @Test
  void start_sameNameWithDifferentInputIsExecutionAlreadyExists() {
    harness.run(WAITING, "{\"ticketId\": \"T-1\"}");

    assertThatThrownBy(() -> harness.engine.start(EngineHarness.MACHINE, "exec", "{\"ticketId\": \"T-2\"}"))
        .isInstanceOfSatisfying(EngineRequestException.ExecutionAlreadyExists.class,
            e -> assertThat(e.errorCode()).isEqualTo("ExecutionAlreadyExists"));
  }

  @Test
  void start_nameOfAFinishedExecutionIsExecutionAlreadyExists() {
    harness.run(WAITING, "{}");
    harness.advance(Duration.ofSeconds(60));

    assertThatThrownBy(() -> harness.engine.start(EngineHarness.MACHINE, "exec", "{}"))
        .isInstanceOf(EngineRequestException.ExecutionAlreadyExists.class);
  }

  @Test
  void start_withoutNameGetsAUniqueOne() {
    harness.engine.register("m", WAITING);

    ExecutionDescription a = harness.engine.start("m", null, "{}");
    ExecutionDescription b = harness.engine.start("m", null, "{}");

    assertThat(a.name()).isNotEqualTo(b.name());
  }

  @Test
  void start_onAnUnknownMachineIsStateMachineDoesNotExist() {
    assertThatThrownBy(() -> harness.engine.start("nope", "e", "{}"))
        .isInstanceOf(EngineRequestException.StateMachineDoesNotExist.class);
  }

  @Test
  void start_acceptsTheStateMachineArn() {
    String arn = harness.engine.register("m", WAITING);

    ExecutionDescription run = harness.engine.start(arn, "e", "{}");

    assertThat(arn).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:m");
    assertThat(run.stateMachineArn()).isEqualTo(arn);
  }

  @Test
  void start_withInvalidJsonIsInvalidExecutionInput() {
    harness.engine.register("m", WAITING);

    assertThatThrownBy(() -> harness.engine.start("m", "e", "{"))
        .isInstanceOfSatisfying(EngineRequestException.InvalidJson.class,
            e -> assertThat(e.errorCode()).isEqualTo("InvalidExecutionInput"));
  }

  @Test
  void describe_findsAnExecutionByArnOrName() {
    ExecutionDescription run = harness.run(WAITING, "{\"a\": 1}");

    assertThat(harness.engine.describe(run.executionArn())).isEqualTo(harness.engine.describe("exec"));
    assertThat(run.input()).isEqualTo(json("{\"a\": 1}"));
    assertThatThrownBy(() -> harness.engine.describe("other"))
        .isInstanceOf(EngineRequestException.ExecutionDoesNotExist.class);
  }

  @Test
  void stop_abortsARunningExecutionAndCancelsItsWait() {
    harness.run(WAITING, "{}");

    harness.engine.stop("exec", "Stopped", "by test");
    harness.advance(Duration.ofMinutes(5));

    ExecutionDescription run = harness.describe();
    assertThat(run.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(run.stopDate()).isEqualTo(EngineHarness.START);
    assertThat(harness.history().ofType(HistoryEventType.WAIT_STATE_EXITED)).isEmpty();
    assertThat(harness.history().ofType(HistoryEventType.EXECUTION_ABORTED)).hasSize(1);
  }

  @Test
  void timeoutSeconds_endsTheExecutionAsTimedOut() {
    harness.run("""
        {"TimeoutSeconds": 30, "StartAt": "Wait",
         "States": {"Wait": {"Type": "Wait", "Seconds": 60, "End": true}}}
        """, "{}");

    harness.advance(Duration.ofSeconds(30));

    ExecutionDescription run = harness.describe();
    assertThat(run.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(run.error()).isEqualTo("States.Timeout");
    assertThat(harness.clock.pendingTimers()).isZero();
  }

  @Test
  void listener_hearsEveryEventInOrder() {
    List<HistoryEventType> heard = new ArrayList<>();
    WorkflowEngine engine = WorkflowEngine.builder().withClock(harness.clock).withExecutor(Runnable::run)
        .withTaskInvoker(harness.invoker).withListener((arn, event) -> heard.add(event.type())).build();
    engine.register("m", "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}");

    engine.start("m", "e", "{}");

    assertThat(heard).containsExactly(HistoryEventType.EXECUTION_STARTED, HistoryEventType.PASS_STATE_ENTERED,
        HistoryEventType.PASS_STATE_EXITED, HistoryEventType.EXECUTION_SUCCEEDED);
  }

  @Test
  void shutdown_refusesNewExecutions() throws InterruptedException {
    harness.engine.register("m", WAITING);

    harness.engine.shutdown();

    assertThatThrownBy(() -> harness.engine.start("m", "e", "{}"))
        .isInstanceOf(EngineRequestException.ShuttingDown.class);
    assertThat(harness.engine.awaitTermination(Duration.ofSeconds(1))).isTrue();
  }
}
