package com.penultimate.sysops.local.asl;

/** A {@code Wait} state; exactly one of the four wait fields is non-null. */
record WaitState(
    String name,
    DataFlow dataFlow,
    Long seconds,
    String secondsPath,
    String timestamp,
    String timestampPath,
    Transition transition)
    implements State {

  @Override
  public String type() {
    return "Wait";
  }
}
