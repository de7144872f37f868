package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs a Task state's resource. The engine knows no AWS SDK: the local runtime maps resources
 * (Lambda ARNs, {@code arn:aws:states:::lambda:invoke}, SQS, SNS, EventBridge integrations) to
 * in-process handlers, e.g. with {@link RoutingTaskInvoker}.
 */
@FunctionalInterface
public interface TaskInvoker {

  /**
   * Invokes {@code resource} (exactly as in the definition, after substitutions) with the state's
   * resolved Parameters (or its effective input). For a {@code .waitForTaskToken} resource the
   * return value is ignored: the task ends when someone sends the token's success or failure.
   *
   * @return the task result; null is taken as JSON null
   * @throws TaskFailedException to fail the task with an explicit error name; any other
   *     exception is named by the engine's {@link TaskErrorMapper}
   */
  JsonNode invoke(String resource, JsonNode parameters, TaskContext context) throws Exception;
}
