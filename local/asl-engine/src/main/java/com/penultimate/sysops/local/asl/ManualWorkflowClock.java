package com.penultimate.sysops.local.asl;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * A clock that moves only when told to, for tests. {@link #advance} runs every action that falls
 * due, in time order, on the calling thread, with {@link #now()} set to each action's due time.
 */
public final class ManualWorkflowClock implements WorkflowClock {

  private record Timer(Instant dueTime, long sequence, Runnable action) {}

  private final PriorityQueue<Timer> timers = new PriorityQueue<>(
      Comparator.comparing(Timer::dueTime).thenComparingLong(Timer::sequence));
  private Instant now;
  private long sequence;

  public ManualWorkflowClock(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public synchronized ScheduledTimer schedule(Instant dueTime, Runnable action) {
    Timer timer = new Timer(dueTime, sequence++, action);
    timers.add(timer);
    return () -> {
      synchronized (this) {
        timers.remove(timer);
      }
    };
  }

  /** Moves time forward by {@code duration}, running the actions that fall due on the way. */
  public void advance(Duration duration) {
    Instant target;
    synchronized (this) {
      target = now.plus(duration);
    }
    while (true) {
      Timer due;
      synchronized (this) {
        due = timers.peek();
        if (due == null || due.dueTime().isAfter(target)) {
          now = target;
          return;
        }
        timers.poll();
        if (due.dueTime().isAfter(now)) {
          now = due.dueTime();
        }
      }
      due.action().run();
    }
  }

  /** When the next scheduled action is due, if any is. */
  public synchronized Optional<Instant> nextDueTime() {
    return Optional.ofNullable(timers.peek()).map(Timer::dueTime);
  }

  /** How many actions are scheduled and not yet run or cancelled. */
  public synchronized int pendingTimers() {
    return timers.size();
  }
}
