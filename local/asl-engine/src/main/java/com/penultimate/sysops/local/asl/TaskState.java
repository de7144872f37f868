package com.penultimate.sysops.local.asl;

import java.util.List;

/** A {@code Task} state; timeouts are either literal seconds or a reference path, or absent. */
record TaskState(
    String name,
    String resource,
    DataFlow dataFlow,
    Transition transition,
    List<Retrier> retriers,
    List<Catcher> catchers,
    Long timeoutSeconds,
    String timeoutSecondsPath,
    Long heartbeatSeconds,
    String heartbeatSecondsPath)
    implements State {

  static final String WAIT_FOR_TASK_TOKEN = ".waitForTaskToken";

  @Override
  public String type() {
    return "Task";
  }

  boolean waitsForTaskToken() {
    return resource.endsWith(WAIT_FOR_TASK_TOKEN);
  }
}
