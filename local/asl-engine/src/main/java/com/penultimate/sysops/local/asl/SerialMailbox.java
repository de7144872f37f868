package com.penultimate.sysops.local.asl;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs one execution's steps one at a time, in order, on a shared executor. Every change to an
 * execution's state happens in a step, so no step needs locks, and no thread waits for anything.
 */
final class SerialMailbox {

  private final Executor executor;
  private final EngineActivity activity;
  private final Consumer<RuntimeException> onStepFailure;
  private final Queue<Runnable> steps = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();

  SerialMailbox(Executor executor, EngineActivity activity, Consumer<RuntimeException> onStepFailure) {
    this.executor = executor;
    this.activity = activity;
    this.onStepFailure = onStepFailure;
  }

  void submit(Runnable step) {
    // Once the engine is closed nothing runs any more; parked executions simply stay RUNNING.
    if (activity.isClosed()) {
      return;
    }
    steps.add(step);
    scheduleDrain();
  }

  private void scheduleDrain() {
    if (!draining.compareAndSet(false, true)) {
      return;
    }
    activity.begin();
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException e) {
      steps.clear();
      draining.set(false);
      activity.end();
    }
  }

  private void drain() {
    try {
      Runnable step;
      while ((step = steps.poll()) != null) {
        try {
          step.run();
        } catch (RuntimeException e) {
          onStepFailure.accept(e);
        }
      }
    } finally {
      draining.set(false);
      activity.end();
    }
    if (!steps.isEmpty()) {
      scheduleDrain();
    }
  }
}
