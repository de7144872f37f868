package com.penultimate.sysops.local.asl;

/** A {@code Fail} state; error and cause are literals or reference paths (or intrinsics). */
record FailState(String name, String error, String errorPath, String cause, String causePath) implements State {

  @Override
  public String type() {
    return "Fail";
  }

  @Override
  public DataFlow dataFlow() {
    return DataFlow.identity();
  }
}
