package com.penultimate.sysops.local.asl;

/**
 * Names the error of a task whose invoker threw something other than {@link TaskFailedException}
 * (that one always keeps its own error name).
 */
@FunctionalInterface
public interface TaskErrorMapper {

  TaskError map(Throwable failure);

  /**
   * What AWS Lambda's Java runtime reports: the exception's fully qualified class name as the
   * error, and {@code {"errorMessage": ..., "errorType": ...}} as the cause.
   */
  static TaskErrorMapper lambdaStyle() {
    return failure -> {
      String type = failure.getClass().getName();
      String cause = Json.object().put("errorMessage", failure.getMessage()).put("errorType", type).toString();
      return new TaskError(type, cause);
    };
  }
}
