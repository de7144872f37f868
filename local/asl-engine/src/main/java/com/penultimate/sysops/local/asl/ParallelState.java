package com.penultimate.sysops.local.asl;

import java.util.List;

/** A {@code Parallel} state: runs every branch on the same input; the result is their outputs. */
record ParallelState(
    String name,
    DataFlow dataFlow,
    List<StateMachineDefinition> branches,
    Transition transition,
    List<Retrier> retriers,
    List<Catcher> catchers)
    implements State {

  @Override
  public String type() {
    return "Parallel";
  }
}
