package com.penultimate.sysops.local.asl;

import java.util.Optional;

/** Where a task runs: its execution, state, attempt, and task token (for waitForTaskToken). */
public record TaskContext(
    String executionArn,
    String executionName,
    String stateMachineName,
    String stateName,
    int retryCount,
    String taskToken) {

  /** The token the task must be completed with, present only for {@code .waitForTaskToken}. */
  public Optional<String> token() {
    return Optional.ofNullable(taskToken);
  }
}
