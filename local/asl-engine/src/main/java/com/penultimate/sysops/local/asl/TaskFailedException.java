package com.penultimate.sysops.local.asl;

/** Thrown by a {@link TaskInvoker} to fail a task with an explicit error name and cause. */
public class TaskFailedException extends RuntimeException {

  private final String error;
  private final String cause;

  public TaskFailedException(String error, String cause) {
    super(error + ": " + cause);
    this.error = error;
    this.cause = cause;
  }

  /** The error name Retry and Catch match on, e.g. {@code NoCandidateFound}. */
  public String error() {
    return error;
  }

  /** The human-readable cause; may be null. */
  public String errorCause() {
    return cause;
  }
}
