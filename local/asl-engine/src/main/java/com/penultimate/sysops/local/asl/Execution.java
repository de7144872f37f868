package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One execution: its identity, status and history. Its interpretation happens in steps on its
 * {@link SerialMailbox}; status and history are also read by other threads, hence the locks.
 */
final class Execution {

  private final String arn;
  private final String name;
  private final String stateMachineArn;
  private final String stateMachineName;
  private final StateMachineDefinition definition;
  private final JsonNode input;
  private final Instant startDate;
  private final EngineServices services;
  private final SerialMailbox mailbox;
  private final CompletableFuture<ExecutionDescription> completion = new CompletableFuture<>();
  private final List<HistoryEvent> history = new ArrayList<>();
  private ExecutionStatus status = ExecutionStatus.RUNNING;
  private JsonNode output;
  private StatesError failure;
  private Instant stopDate;
  private Run root;
  private volatile WorkflowClock.ScheduledTimer timeoutTimer;

  Execution(String name, String stateMachineName, StateMachineDefinition definition, JsonNode input,
      EngineServices services) {
    this(name, stateMachineName, definition, input, services.clock().now(), services);
  }

  Execution(String name, String stateMachineName, StateMachineDefinition definition, JsonNode input,
      Instant startDate, EngineServices services) {
    this.name = name;
    this.stateMachineName = stateMachineName;
    this.definition = definition;
    this.input = input;
    this.services = services;
    this.arn = services.arn("execution", stateMachineName + ":" + name);
    this.stateMachineArn = services.arn("stateMachine", stateMachineName);
    this.startDate = startDate;
    this.mailbox = new SerialMailbox(services.executor(), services.activity(), this::failOnEngineError);
  }

  void start() {
    checkpoint(definition.startAt(), input);
    record(HistoryEventType.EXECUTION_STARTED, null, Json.object().set("input", input));
    definition.timeout().ifPresent(timeout -> timeoutTimer = services.clock().schedule(
        startDate.plus(timeout), () -> mailbox.submit(this::timeOut)));
    mailbox.submit(() -> {
      root = new Run(this, definition, this::rootFinished);
      root.start(input);
    });
  }

  /** Carries on a checkpointed execution: enters its last top-level state again with that state's input. */
  void resume(String state, JsonNode stateInput) {
    definition.timeout().ifPresent(timeout -> timeoutTimer = services.clock().schedule(
        startDate.plus(timeout), () -> mailbox.submit(this::timeOut)));
    mailbox.submit(() -> {
      root = new Run(this, definition, this::rootFinished);
      root.enter(state, stateInput);
    });
  }

  /** Called as a run enters a state: the execution's own run (not a branch) keeps its checkpoint. */
  void entered(Run run, String state, JsonNode stateInput) {
    if (run == root) {
      checkpoint(state, stateInput);
    }
  }

  private void checkpoint(String state, JsonNode stateInput) {
    services.store().save(arn, new ExecutionCheckpoint(stateMachineName, name, input, startDate, state, stateInput));
  }

  /** Aborts the execution (StopExecution); false if it had already ended. */
  boolean stop(String error, String cause) {
    boolean stopped = finish(ExecutionStatus.ABORTED, null, new StatesError(error, cause));
    if (stopped) {
      mailbox.submit(this::cancelRoot);
    }
    return stopped;
  }

  private void timeOut() {
    if (finish(ExecutionStatus.TIMED_OUT, null,
        new StatesError(StatesError.TIMEOUT, "The execution ran longer than its TimeoutSeconds"))) {
      cancelRoot();
    }
  }

  /** A step threw something other than a Step Functions error: a bug, reported, not hidden. */
  private void failOnEngineError(RuntimeException error) {
    if (finish(ExecutionStatus.FAILED, null, new StatesError(StatesError.RUNTIME, error.toString()))) {
      cancelRoot();
    }
  }

  private void cancelRoot() {
    if (root != null) {
      root.cancel();
    }
  }

  private void rootFinished(Outcome outcome) {
    if (outcome instanceof Outcome.Success success) {
      finish(ExecutionStatus.SUCCEEDED, success.output(), null);
    } else {
      finish(ExecutionStatus.FAILED, null, ((Outcome.Failure) outcome).error());
    }
  }

  private boolean finish(ExecutionStatus terminal, JsonNode result, StatesError error) {
    HistoryEvent event;
    synchronized (this) {
      if (status.isTerminal()) {
        return false;
      }
      status = terminal;
      output = result;
      failure = error;
      stopDate = services.clock().now();
      event = append(HistoryEventType.valueOf("EXECUTION_" + terminal.name()), null, result != null
          ? Json.object().set("output", result) : Json.errorDetails(error));
    }
    if (timeoutTimer != null) {
      timeoutTimer.cancel();
    }
    services.store().remove(arn);
    services.listener().onEvent(arn, event);
    completion.complete(describe());
    return true;
  }

  void record(HistoryEventType type, String stateName, JsonNode details) {
    HistoryEvent event;
    synchronized (this) {
      event = append(type, stateName, details);
    }
    services.listener().onEvent(arn, event);
  }

  private HistoryEvent append(HistoryEventType type, String stateName, JsonNode details) {
    HistoryEvent event = new HistoryEvent(history.size() + 1, type, services.clock().now(), stateName, details);
    history.add(event);
    return event;
  }

  synchronized boolean isRunning() {
    return status == ExecutionStatus.RUNNING;
  }

  synchronized ExecutionDescription describe() {
    return new ExecutionDescription(arn, stateMachineArn, name, status, input, output,
        failure == null ? null : failure.error(), failure == null ? null : failure.cause(), startDate, stopDate);
  }

  synchronized ExecutionHistory history() {
    return new ExecutionHistory(history);
  }

  CompletableFuture<ExecutionDescription> completion() {
    return completion;
  }

  String arn() {
    return arn;
  }

  String name() {
    return name;
  }

  String stateMachineArn() {
    return stateMachineArn;
  }

  String stateMachineName() {
    return stateMachineName;
  }

  JsonNode input() {
    return input;
  }

  Instant startDate() {
    return startDate;
  }

  EngineServices services() {
    return services;
  }

  SerialMailbox mailbox() {
    return mailbox;
  }
}
