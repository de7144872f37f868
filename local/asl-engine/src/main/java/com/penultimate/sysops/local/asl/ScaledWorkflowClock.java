package com.penultimate.sysops.local.asl;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A wall clock that can run faster than real time: with a multiplier of 60, a five-minute Wait
 * takes five real seconds. Task timeouts shrink by the same factor. Close it to stop its thread.
 */
public final class ScaledWorkflowClock implements WorkflowClock, AutoCloseable {

  private final double multiplier;
  private final Instant origin = Instant.now();
  private final long originNanos = System.nanoTime();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "workflow-clock");
    thread.setDaemon(true);
    return thread;
  });

  private ScaledWorkflowClock(double multiplier) {
    if (!(multiplier >= 1)) {
      throw new IllegalArgumentException("The time multiplier must be at least 1, was " + multiplier);
    }
    this.multiplier = multiplier;
  }

  /** Real time. */
  public static ScaledWorkflowClock realTime() {
    return new ScaledWorkflowClock(1);
  }

  /** Time that passes {@code multiplier} times faster than real time. */
  public static ScaledWorkflowClock accelerated(double multiplier) {
    return new ScaledWorkflowClock(multiplier);
  }

  @Override
  public Instant now() {
    return origin.plusNanos((long) ((System.nanoTime() - originNanos) * multiplier));
  }

  @Override
  public ScheduledTimer schedule(Instant dueTime, Runnable action) {
    long workflowNanos = Math.max(0, Duration.between(now(), dueTime).toNanos());
    ScheduledFuture<?> future =
        scheduler.schedule(action, (long) (workflowNanos / multiplier), TimeUnit.NANOSECONDS);
    return () -> future.cancel(false);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
