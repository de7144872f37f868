package com.penultimate.sysops.local.asl;

import java.time.Duration;

/**
 * Counts the work in flight (queued or running steps, running invocations) so the engine can
 * drain it on shutdown; executions parked on a Wait or a task token are not work in flight.
 */
final class EngineActivity {

  private int inFlight;
  private boolean closed;

  synchronized void begin() {
    inFlight++;
  }

  synchronized void end() {
    inFlight--;
    if (inFlight == 0) {
      notifyAll();
    }
  }

  synchronized boolean isClosed() {
    return closed;
  }

  synchronized void close() {
    closed = true;
  }

  /** Blocks until nothing is in flight or {@code timeout} passes; true if idle. */
  synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inFlight > 0) {
      long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
      if (remainingMillis <= 0) {
        return false;
      }
      wait(remainingMillis);
    }
    return true;
  }
}
