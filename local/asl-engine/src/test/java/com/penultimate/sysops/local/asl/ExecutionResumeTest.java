package com.penultimate.sysops.local.asl;

import static com.penultimate.sysops.local.asl.EngineHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutionResumeTest {

  private static final String NOTIFY = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
  private static final String MACHINE = """
      {"StartAt": "Prepare", "States": {
        "Prepare": {"Type": "Pass", "Result": "ready", "ResultPath": "$.prepared", "Next": "Offer"},
        "Offer": {"Type": "Task", "Resource": "%s",
          "Parameters": {"QueueUrl": "q", "MessageBody": {"ticketId.$": "$.ticketId", "token.$": "$$.Task.Token"}},
          "ResultPath": "$.offer", "Next": "Cool"},
        "Cool": {"Type": "Wait", "Seconds": 60, "Next": "Done"},
        "Done": {"Type": "Pass", "End": true}}}
      """.formatted(NOTIFY);

  @TempDir
  Path dataDir;

  private final RecordingInvoker invoker = new RecordingInvoker();
  /** The clock of the engine started last: a restarted engine has its own timers. */
  private ManualWorkflowClock clock;

  @Test
  void anExecutionWaitingOnATaskToken_resumesAfterARestart_byRunningItsTaskAgain() throws Exception {
    invoker.on(NOTIFY, call -> json("{\"MessageId\": \"m-1\"}"));
    WorkflowEngine before = engine();
    before.start("offers", "exec", "{\"ticketId\": \"T-1\"}");
    before.close();

    WorkflowEngine after = engine();
    int resumed = after.resume();

    assertThat(resumed).isEqualTo(1);
    assertThat(invoker.calls()).hasSize(2);
    String freshToken = invoker.lastCall().context().taskToken();
    after.sendTaskSuccess(freshToken, "{\"decision\": \"ACCEPTED\"}");
    assertThat(after.describe("exec").status()).isEqualTo(ExecutionStatus.RUNNING);
    clock.advance(Duration.ofSeconds(60));
    ExecutionDescription done = after.describe("exec");
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.output()).isEqualTo(json(
        "{\"ticketId\": \"T-1\", \"prepared\": \"ready\", \"offer\": {\"decision\": \"ACCEPTED\"}}"));
    assertThat(new FileExecutionStore(dataDir).load()).isEmpty();
  }

  @Test
  void aWaitingExecution_resumesInItsWaitState_withTheStateInput() throws Exception {
    invoker.on(NOTIFY, call -> json("{\"MessageId\": \"m-1\"}"));
    WorkflowEngine before = engine();
    before.start("offers", "exec", "{\"ticketId\": \"T-2\"}");
    before.sendTaskSuccess(invoker.lastCall().context().taskToken(), "{\"decision\": \"ACCEPTED\"}");
    before.close();

    assertThat(new FileExecutionStore(dataDir).load()).singleElement().satisfies(checkpoint -> {
      assertThat(checkpoint.state()).isEqualTo("Cool");
      assertThat(checkpoint.stateInput().at("/offer/decision").asText()).isEqualTo("ACCEPTED");
    });
    WorkflowEngine after = engine();
    after.resume();
    clock.advance(Duration.ofSeconds(60));

    assertThat(after.describe("exec").status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(invoker.calls()).hasSize(1);
  }

  @Test
  void finishedExecutions_leaveNoCheckpoint() throws Exception {
    WorkflowEngine engine = engine();
    engine.register("plain", "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Pass\", \"End\": true}}}");
    engine.start("plain", "exec", "{}");
    engine.close();

    assertThat(engine().resume()).isZero();
  }

  private WorkflowEngine engine() {
    clock = new ManualWorkflowClock(EngineHarness.START);
    WorkflowEngine engine = WorkflowEngine.builder().withClock(clock).withExecutor(Runnable::run)
        .withTaskInvoker(invoker).withExecutionStore(new FileExecutionStore(dataDir)).build();
    engine.register("offers", MACHINE);
    return engine;
  }
}
