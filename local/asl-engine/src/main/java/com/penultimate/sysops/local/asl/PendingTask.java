package com.penultimate.sysops.local.asl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One task attempt waiting for its end: the invocation's return, a task token callback, a
 * timeout or a missed heartbeat. Whichever comes first settles it; the others are refused.
 */
final class PendingTask {

  private final TaskTokenRegistry tokens;
  private final WorkflowClock clock;
  private final Consumer<Outcome> onSettled;
  private final AtomicBoolean settled = new AtomicBoolean();
  private final List<WorkflowClock.ScheduledTimer> timers = new ArrayList<>();
  private WorkflowClock.ScheduledTimer heartbeatTimer;
  private Duration heartbeatInterval;
  private String token;

  PendingTask(TaskTokenRegistry tokens, WorkflowClock clock, Consumer<Outcome> onSettled) {
    this.tokens = tokens;
    this.clock = clock;
    this.onSettled = onSettled;
  }

  String issueToken() {
    token = tokens.issue(this);
    return token;
  }

  /** Ends the task with {@code outcome}; false if it had already ended. */
  boolean settle(Outcome outcome) {
    if (!settled.compareAndSet(false, true)) {
      return false;
    }
    release();
    onSettled.accept(outcome);
    return true;
  }

  /** Ends the task without an outcome, because its branch or execution stopped. */
  void abandon() {
    if (settled.compareAndSet(false, true)) {
      release();
    }
  }

  boolean isSettled() {
    return settled.get();
  }

  synchronized void armTimeout(Duration timeout) {
    timers.add(clock.schedule(clock.now().plus(timeout), () -> settle(failure(StatesError.TIMEOUT,
        "The task did not finish within " + timeout.toSeconds() + " seconds"))));
  }

  synchronized void armHeartbeat(Duration interval) {
    heartbeatInterval = interval;
    heartbeat();
  }

  /** Restarts the heartbeat countdown, if the task has one. */
  synchronized void heartbeat() {
    if (heartbeatInterval == null || settled.get()) {
      return;
    }
    if (heartbeatTimer != null) {
      heartbeatTimer.cancel();
    }
    heartbeatTimer = clock.schedule(clock.now().plus(heartbeatInterval), () -> settle(failure(
        StatesError.HEARTBEAT_TIMEOUT, "No heartbeat within " + heartbeatInterval.toSeconds() + " seconds")));
  }

  private synchronized void release() {
    tokens.release(token);
    timers.forEach(WorkflowClock.ScheduledTimer::cancel);
    if (heartbeatTimer != null) {
      heartbeatTimer.cancel();
    }
  }

  private static Outcome failure(String error, String cause) {
    return new Outcome.Failure(new StatesError(error, cause));
  }
}
