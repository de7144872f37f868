package com.penultimate.sysops.local.asl;

import java.time.Instant;

/**
 * The engine's notion of time: timestamps, Wait states, retry delays, task timeouts and
 * heartbeats all go through it, so it can run at real speed, accelerated, or by hand in tests.
 */
public interface WorkflowClock {

  Instant now();

  /**
   * Runs {@code action} once the clock reaches {@code dueTime} (at once, or soon, if it already
   * has). The action must be short: the engine's actions only hand work to its executor.
   */
  ScheduledTimer schedule(Instant dueTime, Runnable action);

  /** A scheduled action that can still be called off. */
  @FunctionalInterface
  interface ScheduledTimer {
    /** Stops the action from running; does nothing if it ran already. */
    void cancel();
  }
}
