package com.penultimate.sysops.local.asl;

import static com.penultimate.sysops.local.asl.EngineHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TaskStateTest {

  private static final String MATCH = "arn:aws:lambda:us-east-1:123456789012:function:sysops-expert-matching-dev";

  private final EngineHarness harness = new EngineHarness();

  private ExecutionDescription runTask(String extraFields, String input) {
    return harness.run("""
        {"StartAt": "Match", "States": {"Match": {"Type": "Task", "Resource": "%s", %s "End": true}}}
        """.formatted(MATCH, extraFields), input);
  }

  @Test
  void task_invokesTheResourceWithItsParametersAndContext() {
    harness.invoker.on(MATCH, call -> json("{\"expertId\": \"E-1\"}"));

    ExecutionDescription run = runTask("\"Parameters\": {\"ticketId.$\": \"$.id\"}, \"ResultPath\": \"$.match\",",
        "{\"id\": \"T-1\"}");

    RecordingInvoker.Call call = harness.invoker.lastCall();
    assertThat(call.resource()).isEqualTo(MATCH);
    assertThat(call.parameters()).isEqualTo(json("{\"ticketId\": \"T-1\"}"));
    assertThat(call.context().stateName()).isEqualTo("Match");
    assertThat(call.context().executionName()).isEqualTo("exec");
    assertThat(call.context().token()).isEmpty();
    assertThat(run.output()).isEqualTo(json("{\"id\": \"T-1\", \"match\": {\"expertId\": \"E-1\"}}"));
  }

  @Test
  void task_withoutParametersPassesItsEffectiveInput() {
    runTask("\"InputPath\": \"$.ticket\",", "{\"ticket\": {\"id\": \"T-2\"}}");

    assertThat(harness.invoker.lastCall().parameters()).isEqualTo(json("{\"id\": \"T-2\"}"));
  }

  @Test
  void task_failsWithTheErrorNameOfATaskFailedException() {
    harness.invoker.on(MATCH, call -> {
      throw new TaskFailedException("NoCandidateFound", "nobody has the skill");
    });

    ExecutionDescription run = runTask("", "{}");

    assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.error()).isEqualTo("NoCandidateFound");
    assertThat(run.cause()).isEqualTo("nobody has the skill");
  }

  @Test
  void task_namesOtherExceptionsAsTheLambdaJavaRuntimeDoes() {
    harness.invoker.on(MATCH, call -> {
      throw new IllegalStateException("table missing");
    });

    ExecutionDescription run = runTask("", "{}");

    assertThat(run.error()).isEqualTo("java.lang.IllegalStateException");
    assertThat(json(run.cause())).isEqualTo(
        json("{\"errorMessage\": \"table missing\", \"errorType\": \"java.lang.IllegalStateException\"}"));
  }

  @Test
  void task_usesTheConfiguredErrorMapper() {
    EngineHarness custom = new EngineHarness();
    WorkflowEngine engine = WorkflowEngine.builder()
        .withClock(custom.clock).withExecutor(Runnable::run).withTaskInvoker(custom.invoker)
        .withErrorMapper(failure -> new TaskError("Mapped." + failure.getClass().getSimpleName(), "why"))
        .build();
    custom.invoker.on(MATCH, call -> {
      throw new IllegalArgumentException("bad");
    });
    engine.register("m", """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}}
        """.formatted(MATCH));

    ExecutionDescription run = engine.start("m", "e", "{}");

    assertThat(run.error()).isEqualTo("Mapped.IllegalArgumentException");
  }

  @Test
  void timeoutSeconds_failsASlowTaskWithStatesTimeout() {
    harness.invoker.on(MATCH, call -> {
      harness.clock.advance(Duration.ofSeconds(31));
      return json("{\"late\": true}");
    });

    ExecutionDescription run = runTask("\"TimeoutSeconds\": 30,", "{}");

    assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.error()).isEqualTo("States.Timeout");
    assertThat(harness.history().ofType(HistoryEventType.TASK_TIMED_OUT)).hasSize(1);
  }

  @Test
  void timeoutSeconds_doesNotFailATaskThatFinishesInTime() {
    harness.invoker.on(MATCH, call -> {
      harness.clock.advance(Duration.ofSeconds(29));
      return json("{\"late\": false}");
    });

    ExecutionDescription run = runTask("\"TimeoutSeconds\": 30,", "{}");

    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(harness.clock.pendingTimers()).isZero();
  }

  @Test
  void history_recordsTheTaskLifecycle() {
    runTask("", "{\"a\": 1}");

    assertThat(harness.history().events()).extracting(HistoryEvent::type).containsExactly(
        HistoryEventType.EXECUTION_STARTED, HistoryEventType.TASK_STATE_ENTERED, HistoryEventType.TASK_SCHEDULED,
        HistoryEventType.TASK_STARTED, HistoryEventType.TASK_SUCCEEDED, HistoryEventType.TASK_STATE_EXITED,
        HistoryEventType.EXECUTION_SUCCEEDED);
    assertThat(harness.history().events().get(2).details().get("resource").asText()).isEqualTo(MATCH);
    assertThat(HistoryEventType.TASK_STATE_ENTERED.awsName()).isEqualTo("TaskStateEntered");
  }
}
