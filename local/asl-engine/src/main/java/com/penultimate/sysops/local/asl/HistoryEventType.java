package com.penultimate.sysops.local.asl;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of history event the engine records; {@link #awsName()} is GetExecutionHistory's name. */
public enum HistoryEventType {
  EXECUTION_STARTED, EXECUTION_SUCCEEDED, EXECUTION_FAILED, EXECUTION_ABORTED, EXECUTION_TIMED_OUT,
  TASK_STATE_ENTERED, TASK_STATE_EXITED, TASK_SCHEDULED, TASK_STARTED, TASK_SUBMITTED, TASK_SUCCEEDED,
  TASK_FAILED, TASK_TIMED_OUT,
  PASS_STATE_ENTERED, PASS_STATE_EXITED, WAIT_STATE_ENTERED, WAIT_STATE_EXITED,
  CHOICE_STATE_ENTERED, CHOICE_STATE_EXITED, SUCCEED_STATE_ENTERED, SUCCEED_STATE_EXITED, FAIL_STATE_ENTERED,
  PARALLEL_STATE_ENTERED, PARALLEL_STATE_STARTED, PARALLEL_STATE_EXITED,
  MAP_STATE_ENTERED, MAP_STATE_STARTED, MAP_ITERATION_STARTED, MAP_ITERATION_SUCCEEDED, MAP_ITERATION_FAILED,
  MAP_STATE_EXITED;

  /** E.g. {@code TaskStateEntered}. */
  public String awsName() {
    return Arrays.stream(name().split("_"))
        .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining());
  }

  /** Whether this is some state's {@code ...StateEntered} event. */
  public boolean isStateEntered() {
    return name().endsWith("_STATE_ENTERED");
  }

  static HistoryEventType entered(String stateType) {
    return valueOf(stateType.toUpperCase(Locale.ROOT) + "_STATE_ENTERED");
  }

  static HistoryEventType exited(String stateType) {
    return valueOf(stateType.toUpperCase(Locale.ROOT) + "_STATE_EXITED");
  }
}
