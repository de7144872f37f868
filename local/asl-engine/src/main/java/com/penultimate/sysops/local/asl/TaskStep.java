package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs a Task state: resolves its parameters, hands them to the {@link TaskInvoker} on the
 * executor, and waits, without holding a thread, for the result, a task token callback, a
 * timeout or a missed heartbeat.
 */
final class TaskStep {

  private TaskStep() {}

  static void run(StateVisit visit, TaskState task) {
    visit.attempt(() -> attempt(visit, task));
  }

  private static void attempt(StateVisit visit, TaskState task) {
    Execution execution = visit.run().execution();
    EngineServices services = execution.services();
    JsonNode effective = DataFlowProcessor.effectiveInput(task.dataFlow(), visit.rawInput());
    Long timeout = seconds(task.timeoutSeconds(), task.timeoutSecondsPath(), effective);
    Long heartbeat = seconds(task.heartbeatSeconds(), task.heartbeatSecondsPath(), effective);
    PendingTask pending = new PendingTask(services.tokens(), services.clock(),
        outcome -> execution.mailbox().submit(() -> settled(visit, task, outcome)));
    String token = task.waitsForTaskToken() ? pending.issueToken() : null;
    JsonNode parameters;
    try {
      parameters = DataFlowProcessor.parameters(task.dataFlow(), effective, visit.context(token));
    } catch (StatesFailure failure) {
      pending.abandon();
      throw failure;
    }
    visit.run().waitFor(pending);
    execution.record(HistoryEventType.TASK_SCHEDULED, task.name(), Json.object()
        .put("resource", task.resource()).put("timeoutInSeconds", timeout).put("heartbeatInSeconds", heartbeat)
        .set("parameters", parameters));
    if (timeout != null) {
      pending.armTimeout(Duration.ofSeconds(timeout));
    }
    if (heartbeat != null && token != null) {
      pending.armHeartbeat(Duration.ofSeconds(heartbeat));
    }
    execution.record(HistoryEventType.TASK_STARTED, task.name(), Json.object().put("resource", task.resource()));
    TaskContext context = new TaskContext(execution.arn(), execution.name(), execution.stateMachineName(),
        task.name(), visit.retryCount(), token);
    services.activity().begin();
    try {
      services.executor().execute(() -> invoke(execution, task, parameters, context, pending));
    } catch (RejectedExecutionException e) {
      services.activity().end();
      pending.abandon();
      throw new StatesFailure(StatesError.RUNTIME, "The workflow engine is shutting down");
    }
  }

  private static void invoke(Execution execution, TaskState task, JsonNode parameters, TaskContext context,
      PendingTask pending) {
    EngineServices services = execution.services();
    try {
      // The invoker gets its own copy: the parameters may share nodes with the execution's data.
      JsonNode result = services.invoker().invoke(task.resource(), parameters.deepCopy(), context);
      if (context.taskToken() == null) {
        pending.settle(new Outcome.Success(result == null ? NullNode.getInstance() : result));
      } else {
        execution.mailbox().submit(() -> {
          if (!pending.isSettled()) {
            execution.record(HistoryEventType.TASK_SUBMITTED, task.name(), Json.object().set("output", result));
          }
        });
      }
    } catch (Exception e) {
      pending.settle(new Outcome.Failure(services.taskError(e)));
    } catch (Error e) {
      pending.settle(new Outcome.Failure(services.taskError(e)));
      throw e;
    } finally {
      services.activity().end();
    }
  }

  private static void settled(StateVisit visit, TaskState task, Outcome outcome) {
    if (!visit.run().isActive()) {
      return;
    }
    Execution execution = visit.run().execution();
    if (outcome instanceof Outcome.Success success) {
      execution.record(HistoryEventType.TASK_SUCCEEDED, task.name(), Json.object().set("output", success.output()));
      visit.guarded(() -> visit.succeed(DataFlowProcessor.output(task.dataFlow(), visit.rawInput(),
          success.output(), visit.context(null)), task.transition()));
      return;
    }
    StatesError error = ((Outcome.Failure) outcome).error();
    boolean timedOut = error.error().equals(StatesError.TIMEOUT) || error.error().equals(StatesError.HEARTBEAT_TIMEOUT);
    execution.record(timedOut ? HistoryEventType.TASK_TIMED_OUT : HistoryEventType.TASK_FAILED, task.name(),
        Json.errorDetails(error));
    visit.fail(error);
  }

  private static Long seconds(Long literal, String path, JsonNode effectiveInput) {
    if (path == null) {
      return literal;
    }
    JsonNode value = JsonPath.parse(path).read(effectiveInput).orElse(NullNode.getInstance());
    if (!value.isIntegralNumber() || value.longValue() < 1) {
      throw new StatesFailure(StatesError.RUNTIME, "'" + path + "' must select a positive integer, was " + value);
    }
    return value.longValue();
  }
}
