package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Builds the context object ({@code $$}) a state sees. */
final class ContextObject {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private ContextObject() {}

  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  /** {@code Execution}, {@code StateMachine}, {@code State} and, given a token, {@code Task}. */
  static JsonNode of(Execution execution, String stateName, Instant enteredTime, int retryCount, String token) {
    ObjectNode context = Json.object();
    context.putObject("Execution")
        .put("Id", execution.arn())
        .put("Name", execution.name())
        .put("RoleArn", "arn:aws:iam::" + execution.services().accountId() + ":role/local-workflow-engine")
        .put("StartTime", timestamp(execution.startDate()))
        .set("Input", execution.input());
    context.putObject("StateMachine")
        .put("Id", execution.stateMachineArn())
        .put("Name", execution.stateMachineName());
    context.putObject("State")
        .put("Name", stateName)
        .put("EnteredTime", timestamp(enteredTime))
        .put("RetryCount", retryCount);
    if (token != null) {
      context.putObject("Task").put("Token", token);
    }
    return context;
  }
}
