package com.penultimate.sysops.local.asl;

/** Told of every history event as it is recorded, e.g. to log state transitions. Must not block. */
@FunctionalInterface
public interface ExecutionListener {

  void onEvent(String executionArn, HistoryEvent event);
}
