package com.penultimate.sysops.local.asl;

import static com.penultimate.sysops.local.asl.EngineHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParallelAndMapTest {

  private static final String NOTIFY = "arn:aws:states:::sns:publish";
  private static final String WAIT_NOTIFY = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";

  private final EngineHarness harness = new EngineHarness();

  @Test
  void parallel_outputsTheBranchOutputsInOrder() {
    ExecutionDescription run = harness.run("""
        {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "ResultPath": "$.results", "End": true,
          "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": "a", "End": true}}},
            {"StartAt": "B", "States": {"B": {"Type": "Pass", "InputPath": "$.x", "End": true}}}]}}}
        """, "{\"x\": 2}");

    assertThat(run.output()).isEqualTo(json("{\"x\": 2, \"results\": [\"a\", 2]}"));
    assertThat(harness.history().enteredStates()).containsExactlyInAnyOrder("Both", "A", "B");
  }

  @Test
  void parallel_waitsForEveryBranch() {
    harness.run("""
        {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": 1, "End": true}}},
            {"StartAt": "B", "States": {"B": {"Type": "Task", "Resource": "%s", "End": true}}}]}}}
        """.formatted(WAIT_NOTIFY), "{}");
    assertThat(harness.describe().status()).isEqualTo(ExecutionStatus.RUNNING);

    harness.engine.sendTaskSuccess(harness.invoker.lastCall().context().taskToken(), "2");

    assertThat(harness.describe().output()).isEqualTo(json("[1, 2]"));
  }

  @Test
  void parallel_failingBranchFailsTheStateAndStopsTheOthers() {
    ExecutionDescription run = harness.run("""
        {"StartAt": "Both", "States": {
          "Both": {"Type": "Parallel", "Next": "Done", "Branches": [
            {"StartAt": "Slow", "States": {"Slow": {"Type": "Task", "Resource": "%s", "End": true}}},
            {"StartAt": "Bad", "States": {"Bad": {"Type": "Fail", "Error": "Branch.Bad"}}}],
            "Catch": [{"ErrorEquals": ["Branch.Bad"], "Next": "Caught"}]},
          "Done": {"Type": "Succeed"}, "Caught": {"Type": "Succeed"}}}
        """.formatted(WAIT_NOTIFY), "{}");

    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(harness.history().enteredStates()).endsWith("Caught");
    assertThat(harness.clock.pendingTimers()).isZero();
  }

  @Test
  void map_runsTheProcessorPerItemWithItemSelector() {
    ExecutionDescription run = harness.run("""
        {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.experts", "MaxConcurrency": 1,
          "ItemSelector": {"expert.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index", "ticket.$": "$.ticketId"},
          "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Notify",
            "States": {"Notify": {"Type": "Task", "Resource": "%s", "End": true}}},
          "ResultPath": "$.notified", "End": true}}}
        """.formatted(NOTIFY), "{\"ticketId\": \"T-1\", \"experts\": [\"E-1\", \"E-2\"]}");

    assertThat(run.output().get("notified")).isEqualTo(json("""
        [{"expert": "E-1", "index": 0, "ticket": "T-1"}, {"expert": "E-2", "index": 1, "ticket": "T-1"}]
        """));
    assertThat(harness.history().ofType(HistoryEventType.MAP_ITERATION_SUCCEEDED)).hasSize(2);
  }

  @Test
  void map_respectsMaxConcurrency() {
    harness.run("""
        {"StartAt": "Each", "States": {"Each": {"Type": "Map", "MaxConcurrency": 2, "End": true,
          "Iterator": {"StartAt": "Offer", "States": {"Offer": {"Type": "Task", "Resource": "%s", "End": true}}}}}}
        """.formatted(WAIT_NOTIFY), "[1, 2, 3]");
    assertThat(harness.invoker.calls()).hasSize(2);

    harness.engine.sendTaskSuccess(harness.invoker.calls().get(0).context().taskToken(), "\"one\"");
    assertThat(harness.invoker.calls()).hasSize(3);
    harness.engine.sendTaskSuccess(harness.invoker.calls().get(2).context().taskToken(), "\"three\"");
    harness.engine.sendTaskSuccess(harness.invoker.calls().get(1).context().taskToken(), "\"two\"");

    assertThat(harness.describe().output()).isEqualTo(json("[\"one\", \"two\", \"three\"]"));
  }

  @Test
  void map_overAnEmptyArrayOutputsAnEmptyArray() {
    ExecutionDescription run = harness.run("""
        {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true,
          "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
        """, "[]");

    assertThat(run.output()).isEqualTo(json("[]"));
  }

  @Test
  void map_overANonArrayFailsWithStatesRuntime() {
    ExecutionDescription run = harness.run("""
        {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "End": true,
          "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
        """, "{\"items\": 3}");

    assertThat(run.error()).isEqualTo("States.Runtime");
  }
}
