package com.penultimate.sysops.local.asl;

/** An error name and its cause, as Step Functions reports them; the cause may be null. */
record StatesError(String error, String cause) {

  static final String ALL = "States.ALL";
  static final String RUNTIME = "States.Runtime";
  static final String TIMEOUT = "States.Timeout";
  static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
  static final String TASK_FAILED = "States.TaskFailed";
  static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
  static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
  static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
  static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";

  /**
   * Whether an {@code ErrorEquals} entry matches this error. {@code States.ALL} matches all but
   * {@code States.Runtime}; {@code States.TaskFailed} matches all but that and {@code States.Timeout}.
   */
  boolean matches(String errorEquals) {
    if (errorEquals.equals(error)) {
      return true;
    }
    if (RUNTIME.equals(error)) {
      return false;
    }
    return ALL.equals(errorEquals) || (TASK_FAILED.equals(errorEquals) && !TIMEOUT.equals(error));
  }
}
