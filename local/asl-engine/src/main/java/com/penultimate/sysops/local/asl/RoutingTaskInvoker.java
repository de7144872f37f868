package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link TaskInvoker} that maps resources to in-process handlers the way Step Functions maps
 * them to services: a Lambda function ARN calls the function with the state's parameters and
 * returns its result; {@code arn:aws:states:::lambda:invoke} calls {@code FunctionName} with
 * {@code Payload} and wraps the result as {@code {"Payload": ..., "StatusCode": 200, ...}}; any
 * other resource (SQS, SNS, EventBridge...) goes to the handler registered for it. The
 * {@code .waitForTaskToken} suffix is ignored when routing.
 */
public final class RoutingTaskInvoker implements TaskInvoker {

  /** The body of a Lambda function: event payload in, result out. */
  @FunctionalInterface
  public interface FunctionHandler {
    JsonNode handle(JsonNode payload, TaskContext context) throws Exception;
  }

  private static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
  private static final String FUNCTION_ARN_PART = ":function:";

  private final Map<String, FunctionHandler> functions = new HashMap<>();
  private final Map<String, TaskInvoker> integrations = new HashMap<>();

  /** Routes calls of the Lambda function {@code functionName} (as named in its ARN) to {@code handler}. */
  public RoutingTaskInvoker withFunction(String functionName, FunctionHandler handler) {
    functions.put(functionName, handler);
    return this;
  }

  /** Routes a service integration, e.g. {@code arn:aws:states:::sqs:sendMessage}, to {@code invoker}. */
  public RoutingTaskInvoker withIntegration(String resource, TaskInvoker invoker) {
    integrations.put(resource, invoker);
    return this;
  }

  @Override
  public JsonNode invoke(String resource, JsonNode parameters, TaskContext context) throws Exception {
    String base = resource.endsWith(TaskState.WAIT_FOR_TASK_TOKEN)
        ? resource.substring(0, resource.length() - TaskState.WAIT_FOR_TASK_TOKEN.length()) : resource;
    if (base.equals(LAMBDA_INVOKE)) {
      String functionName = parameters.path("FunctionName").asText();
      JsonNode payload = parameters.has("Payload") ? parameters.get("Payload") : Json.object();
      ObjectNode response = Json.object().put("ExecutedVersion", "$LATEST").put("StatusCode", 200);
      response.set("Payload", function(functionName).handle(payload, context));
      return response;
    }
    if (base.startsWith("arn:aws:lambda:") && base.contains(FUNCTION_ARN_PART)) {
      return function(base).handle(parameters, context);
    }
    TaskInvoker integration = integrations.get(base);
    if (integration == null) {
      throw new TaskFailedException(StatesError.RUNTIME, "No local handler is registered for resource " + resource);
    }
    return integration.invoke(resource, parameters, context);
  }

  /** The handler for a function given by name, name:alias, or (partial) ARN. */
  private FunctionHandler function(String reference) {
    int arnPart = reference.indexOf(FUNCTION_ARN_PART);
    String name = arnPart < 0 ? reference : reference.substring(arnPart + FUNCTION_ARN_PART.length());
    int qualifier = name.indexOf(':');
    String unqualified = qualifier < 0 ? name : name.substring(0, qualifier);
    FunctionHandler handler = functions.get(unqualified);
    if (handler == null) {
      throw new TaskFailedException(StatesError.RUNTIME, "No local handler is registered for function " + reference);
    }
    return handler;
  }
}
