package com.penultimate.sysops.local.asl;

import static com.penultimate.sysops.local.asl.EngineHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassAndDataFlowTest {

  private final EngineHarness harness = new EngineHarness();

  private ExecutionDescription runPass(String passFields, String input) {
    return harness.run("""
        {"StartAt": "P", "States": {"P": {"Type": "Pass", %s "End": true}}}
        """.formatted(passFields), input);
  }

  @Test
  void pass_withoutFieldsOutputsItsInput() {
    assertThat(runPass("", "{\"a\": 1}").output()).isEqualTo(json("{\"a\": 1}"));
  }

  @Test
  void pass_resultReplacesTheInputByDefault() {
    assertThat(runPass("\"Result\": {\"r\": true},", "{\"a\": 1}").output()).isEqualTo(json("{\"r\": true}"));
  }

  @Test
  void resultPath_mergesTheResultIntoTheInput() {
    ExecutionDescription run = runPass("\"Result\": 5, \"ResultPath\": \"$.x.y\",", "{\"a\": 1}");

    assertThat(run.output()).isEqualTo(json("{\"a\": 1, \"x\": {\"y\": 5}}"));
  }

  @Test
  void resultPath_nullDiscardsTheResult() {
    assertThat(runPass("\"Result\": 5, \"ResultPath\": null,", "{\"a\": 1}").output()).isEqualTo(json("{\"a\": 1}"));
  }

  @Test
  void resultPath_intoANonObjectFailsWithResultPathMatchFailure() {
    ExecutionDescription run = runPass("\"Result\": 5, \"ResultPath\": \"$.a.b\",", "{\"a\": 1}");

    assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.error()).isEqualTo("States.ResultPathMatchFailure");
  }

  @Test
  void inputPath_selectsThePartTheStateSees() {
    assertThat(runPass("\"InputPath\": \"$.inner\",", "{\"inner\": {\"b\": 2}}").output())
        .isEqualTo(json("{\"b\": 2}"));
  }

  @Test
  void inputPath_nullGivesAnEmptyObject() {
    assertThat(runPass("\"InputPath\": null,", "{\"a\": 1}").output()).isEqualTo(json("{}"));
  }

  @Test
  void inputPath_missingFailsWithStatesRuntime() {
    ExecutionDescription run = runPass("\"InputPath\": \"$.nope\",", "{\"a\": 1}");

    assertThat(run.error()).isEqualTo("States.Runtime");
    assertThat(run.cause()).contains("$.nope");
  }

  @Test
  void outputPath_selectsWhatIsPassedOn() {
    assertThat(runPass("\"OutputPath\": \"$.a\",", "{\"a\": {\"k\": 1}, \"b\": 2}").output())
        .isEqualTo(json("{\"k\": 1}"));
  }

  @Test
  void outputPath_nullPassesOnAnEmptyObject() {
    assertThat(runPass("\"OutputPath\": null,", "{\"a\": 1}").output()).isEqualTo(json("{}"));
  }

  @Test
  void parameters_resolvePathsContextObjectAndIntrinsics() {
    ExecutionDescription run = harness.run("""
        {"StartAt": "P", "States": {"P": {"Type": "Pass",
          "Parameters": {
            "ticketId.$": "$.ticket.id",
            "literal": "kept",
            "nested": {"first.$": "$.ticket.tags[0]"},
            "list": [{"count.$": "States.ArrayLength($.ticket.tags)"}],
            "execution.$": "$$.Execution.Name",
            "executionId.$": "$$.Execution.Id",
            "state.$": "$$.State.Name",
            "entered.$": "$$.State.EnteredTime",
            "retries.$": "$$.State.RetryCount",
            "greeting.$": "States.Format('ticket {}', $.ticket.id)"},
          "End": true}}}
        """, "{\"ticket\": {\"id\": \"T-7\", \"tags\": [\"wifi\", \"tv\"]}}");

    assertThat(run.output()).isEqualTo(json("""
        {"ticketId": "T-7", "literal": "kept", "nested": {"first": "wifi"}, "list": [{"count": 2}],
         "execution": "exec",
         "executionId": "arn:aws:states:us-east-1:123456789012:execution:test-machine:exec",
         "state": "P", "entered": "2025-03-01T09:00:00.000Z", "retries": 0, "greeting": "ticket T-7"}
        """));
  }

  @Test
  void parameters_missingPathFailsWithParameterPathFailure() {
    ExecutionDescription run = runPass("\"Parameters\": {\"x.$\": \"$.missing\"},", "{}");

    assertThat(run.error()).isEqualTo("States.ParameterPathFailure");
    assertThat(run.cause()).contains("x.$");
  }

  @Test
  void resultSelector_reshapesATaskResultBeforeResultPath() {
    harness.invoker.on("arn:aws:lambda:us-east-1:123456789012:function:rank",
        call -> json("{\"Payload\": {\"best\": \"E-1\", \"noise\": 1}, \"StatusCode\": 200}"));

    ExecutionDescription run = harness.run("""
        {"StartAt": "T", "States": {"T": {"Type": "Task",
          "Resource": "arn:aws:lambda:us-east-1:123456789012:function:rank",
          "ResultSelector": {"expert.$": "$.Payload.best", "by.$": "$$.State.Name"},
          "ResultPath": "$.match", "End": true}}}
        """, "{\"ticketId\": \"T-1\"}");

    assertThat(run.output()).isEqualTo(json("{\"ticketId\": \"T-1\", \"match\": {\"expert\": \"E-1\", \"by\": \"T\"}}"));
  }

  @Test
  void succeed_appliesInputAndOutputPath() {
    ExecutionDescription run = harness.run("""
        {"StartAt": "S", "States": {"S": {"Type": "Succeed", "InputPath": "$.a", "OutputPath": "$.b"}}}
        """, "{\"a\": {\"b\": \"done\"}}");

    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(run.output()).isEqualTo(json("\"done\""));
  }

  @Test
  void fail_endsTheExecutionWithItsErrorAndCause() {
    ExecutionDescription run = harness.run("""
        {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Ticket.Invalid", "Cause": "no product"}}}
        """, "{}");

    assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.error()).isEqualTo("Ticket.Invalid");
    assertThat(run.cause()).isEqualTo("no product");
  }

  @Test
  void fail_readsErrorAndCauseFromPathsAndIntrinsics() {
    ExecutionDescription run = harness.run("""
        {"StartAt": "F", "States": {"F": {"Type": "Fail", "ErrorPath": "$.code",
          "CausePath": "States.Format('ticket {} failed', $.id)"}}}
        """, "{\"code\": \"Boom\", \"id\": \"T-9\"}");

    assertThat(run.error()).isEqualTo("Boom");
    assertThat(run.cause()).isEqualTo("ticket T-9 failed");
  }
}
