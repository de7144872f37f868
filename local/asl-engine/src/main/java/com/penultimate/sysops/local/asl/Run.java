package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks one state graph (the execution's, a Parallel branch's or a Map iteration's) from StartAt
 * to an end, one state at a time. Only ever touched from its execution's mailbox steps.
 */
final class Run {

  private final Execution execution;
  private final StateMachineDefinition machine;
  private final Consumer<Outcome> onFinish;
  private final List<Run> children = new ArrayList<>();
  private boolean cancelled;
  private boolean finished;
  private WorkflowClock.ScheduledTimer timer;
  private PendingTask task;

  Run(Execution execution, StateMachineDefinition machine, Consumer<Outcome> onFinish) {
    this.execution = execution;
    this.machine = machine;
    this.onFinish = onFinish;
  }

  void start(JsonNode input) {
    enter(machine.startAt(), input);
  }

  void enter(String stateName, JsonNode input) {
    if (!isActive()) {
      return;
    }
    State state = machine.state(stateName);
    execution.entered(this, stateName, input);
    execution.record(HistoryEventType.entered(state.type()), stateName, Json.object().set("input", input));
    new StateVisit(this, state, input, clock().now()).begin();
  }

  /** Moves to {@code stateName} in a later step, so long workflows do not deepen the stack. */
  void transition(String stateName, JsonNode input) {
    execution.mailbox().submit(() -> enter(stateName, input));
  }

  void finish(Outcome outcome) {
    if (isActive()) {
      finished = true;
      onFinish.accept(outcome);
    }
  }

  /** Stops this run and its children: timers and waiting tasks are called off. */
  void cancel() {
    cancelled = true;
    if (timer != null) {
      timer.cancel();
    }
    if (task != null) {
      task.abandon();
    }
    children.forEach(Run::cancel);
  }

  boolean isActive() {
    return !cancelled && !finished && execution.isRunning();
  }

  /** Runs {@code action} as a step of this execution once the clock reaches {@code dueTime}. */
  void schedule(Instant dueTime, Runnable action) {
    timer = clock().schedule(dueTime, () -> execution.mailbox().submit(() -> {
      if (isActive()) {
        action.run();
      }
    }));
  }

  /** Remembers the task this run waits on, so cancelling the run abandons it. */
  void waitFor(PendingTask pendingTask) {
    task = pendingTask;
  }

  Run child(StateMachineDefinition branch, Consumer<Outcome> onBranchFinish) {
    Run child = new Run(execution, branch, onBranchFinish);
    children.add(child);
    return child;
  }

  Execution execution() {
    return execution;
  }

  WorkflowClock clock() {
    return execution.services().clock();
  }
}
