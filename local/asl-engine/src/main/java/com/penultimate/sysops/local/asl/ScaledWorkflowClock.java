package com.penultimate.sysops.local.asl;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A wall clock that can run faster than real time: with a multiplier of 60, a five-minute Wait
 * takes five real seconds. Task timeouts shrink by the same factor. The multiplier can be changed
 * while timers are pending (a benchmark runs its traffic at one speed, then fast-forwards through
 * the long Waits): time stays continuous and every pending timer is re-planned at the new speed.
 * Close it to stop its thread.
 */
public final class ScaledWorkflowClock implements WorkflowClock, AutoCloseable {

  private double multiplier;
  private Instant origin = Instant.now();
  private long originNanos = System.nanoTime();
  private final Set<Timer> pending = new HashSet<>();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "workflow-clock");
    thread.setDaemon(true);
    return thread;
  });

  private ScaledWorkflowClock(double multiplier) {
    this.multiplier = checked(multiplier);
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
  public synchronized Instant now() {
    return origin.plusNanos((long) ((System.nanoTime() - originNanos) * multiplier));
  }

  /** The current multiplier. */
  public synchronized double multiplier() {
    return multiplier;
  }

  /**
   * From now on time passes {@code newMultiplier} times faster than real time; the present instant
   * does not jump, and every pending timer fires when the clock reaches its due time at the new speed.
   */
  public synchronized void changeMultiplier(double newMultiplier) {
    checked(newMultiplier);
    Instant present = now();
    origin = present;
    originNanos = System.nanoTime();
    multiplier = newMultiplier;
    for (Timer timer : pending) {
      timer.plan();
    }
  }

  @Override
  public synchronized ScheduledTimer schedule(Instant dueTime, Runnable action) {
    Timer timer = new Timer(dueTime, action);
    pending.add(timer);
    timer.plan();
    return timer::cancel;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }

  private static double checked(double multiplier) {
    if (!(multiplier >= 1) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("The time multiplier must be at least 1, was " + multiplier);
    }
    return multiplier;
  }

  /** A pending action: fires once, when the clock reaches its due time. Guarded by the clock. */
  private final class Timer {
    private final Instant due;
    private final Runnable action;
    private ScheduledFuture<?> future;

    Timer(Instant due, Runnable action) {
      this.due = due;
      this.action = action;
    }

    void plan() {
      if (future != null) {
        future.cancel(false);
      }
      long workflowNanos = Math.max(0, Duration.between(now(), due).toNanos());
      future = scheduler.schedule(this::fire, (long) (workflowNanos / multiplier), TimeUnit.NANOSECONDS);
    }

    private void fire() {
      synchronized (ScaledWorkflowClock.this) {
        if (!pending.remove(this)) {
          return;
        }
      }
      action.run();
    }

    void cancel() {
      synchronized (ScaledWorkflowClock.this) {
        pending.remove(this);
        if (future != null) {
          future.cancel(false);
        }
      }
    }
  }
}
