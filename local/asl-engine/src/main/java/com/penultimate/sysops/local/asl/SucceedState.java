package com.penultimate.sysops.local.asl;

/** A {@code Succeed} state: ends its branch (or the execution) successfully. */
record SucceedState(String name, DataFlow dataFlow) implements State {

  @Override
  public String type() {
    return "Succeed";
  }
}
