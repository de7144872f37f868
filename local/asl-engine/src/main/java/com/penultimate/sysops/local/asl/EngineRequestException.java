package com.penultimate.sysops.local.asl;

/**
 * A request to the engine was refused, for the reasons the Step Functions API would refuse it;
 * {@link #errorCode()} is that API's error code, so a local endpoint can answer like AWS does.
 */
public abstract sealed class EngineRequestException extends RuntimeException {

  private final String errorCode;

  private EngineRequestException(String errorCode, String message) {
    super(message);
    this.errorCode = errorCode;
  }

  /** E.g. {@code ExecutionAlreadyExists}. */
  public String errorCode() {
    return errorCode;
  }

  /** An execution of that name exists and is closed, or runs with a different input. */
  public static final class ExecutionAlreadyExists extends EngineRequestException {
    ExecutionAlreadyExists(String executionArn) {
      super("ExecutionAlreadyExists", "Execution already exists: '" + executionArn + "'");
    }
  }

  /** No execution has that ARN or name. */
  public static final class ExecutionDoesNotExist extends EngineRequestException {
    ExecutionDoesNotExist(String reference) {
      super("ExecutionDoesNotExist", "Execution does not exist: '" + reference + "'");
    }
  }

  /** No state machine is registered under that name or ARN. */
  public static final class StateMachineDoesNotExist extends EngineRequestException {
    StateMachineDoesNotExist(String reference) {
      super("StateMachineDoesNotExist", "State machine does not exist: '" + reference + "'");
    }
  }

  /** The task token was never issued by this engine. */
  public static final class InvalidToken extends EngineRequestException {
    InvalidToken() {
      super("InvalidToken", "Invalid task token");
    }
  }

  /** The token's task already ended: it succeeded, failed, timed out, or its execution stopped. */
  public static final class TaskTimedOut extends EngineRequestException {
    TaskTimedOut() {
      super("TaskTimedOut", "Task is no longer waiting for this token");
    }
  }

  /** An execution input or task output is not valid JSON. */
  public static final class InvalidJson extends EngineRequestException {
    InvalidJson(String errorCode, String message) {
      super(errorCode, message);
    }
  }

  /** The engine is shutting down and takes no new executions. */
  public static final class ShuttingDown extends EngineRequestException {
    ShuttingDown() {
      super("ServiceUnavailable", "The workflow engine is shutting down");
    }
  }
}
