package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/** Reads one state's JSON fields, reporting each malformed field as a problem of that state. */
final class StateFields {

  private final String state;
  private final JsonNode node;
  private final Problems problems;

  StateFields(String state, JsonNode node, Problems problems) {
    this.state = state;
    this.node = node;
    this.problems = problems;
  }

  String state() {
    return state;
  }

  Problems problems() {
    return problems;
  }

  boolean has(String field) {
    return node.has(field);
  }

  JsonNode raw(String field) {
    return node.get(field);
  }

  void problem(String message) {
    problems.inState(state, message);
  }

  /** Reports every field outside {@code allowed}, so unsupported ASL features fail at load. */
  void allowOnly(Set<String> allowed) {
    Set<String> unknown = new TreeSet<>();
    node.fieldNames().forEachRemaining(field -> {
      if (!allowed.contains(field)) {
        unknown.add(field);
      }
    });
    if (!unknown.isEmpty()) {
      problem("field(s) " + unknown + " are not valid for a " + node.path("Type").asText() + " state"
          + " or not supported by this engine");
    }
  }

  String text(String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      problem(field + " must be a string");
      return null;
    }
    return value.textValue();
  }

  Long positiveSeconds(String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || value.longValue() < (field.equals("Seconds") ? 0 : 1)) {
      problem(field + " must be a " + (field.equals("Seconds") ? "non-negative" : "positive") + " integer");
      return null;
    }
    return value.longValue();
  }

  /** A path field: absent means {@code $}, JSON null stays null (when {@code nullable}). */
  String path(String field, boolean nullable) {
    JsonNode value = node.get(field);
    if (value == null) {
      return DataFlow.ROOT;
    }
    if (value.isNull() && nullable) {
      return null;
    }
    return checkedPath(field, value);
  }

  /** A path field that is simply absent when not given. */
  String optionalPath(String field) {
    JsonNode value = node.get(field);
    return value == null ? null : checkedPath(field, value);
  }

  /** A path into the state's data ({@code $...}). */
  String checkedPath(String field, JsonNode value) {
    boolean valid = value.isTextual() && !value.textValue().startsWith("$$") && Scope.isValidPath(value.textValue());
    return valid ? value.textValue() : invalidPath(field, value);
  }

  /** A path into the state's data or into the context object ({@code $$...}). */
  String checkedReference(String field, JsonNode value) {
    return value.isTextual() && Scope.isValidPath(value.textValue()) ? value.textValue() : invalidPath(field, value);
  }

  private String invalidPath(String field, JsonNode value) {
    problem(field + " '" + value.asText() + "' is not a valid JSONPath");
    return null;
  }

  /** A payload template, with every {@code key.$} value checked to be a path or intrinsic. */
  JsonNode template(String field) {
    JsonNode value = node.get(field);
    if (value != null) {
      TemplateSyntax.invalidDynamicFields(value)
          .forEach(key -> problem(field + " field '" + key + "' must be a JSONPath or an intrinsic function"));
    }
    return value;
  }

  /** A path or intrinsic function (as ErrorPath and CausePath allow), or null when absent. */
  String expression(String field) {
    JsonNode value = node.get(field);
    if (value != null && !TemplateSyntax.isExpression(value)) {
      problem(field + " must be a JSONPath or an intrinsic function");
    }
    return value == null ? null : value.asText();
  }

  DataFlow dataFlow(boolean withParameters, boolean withSelector, boolean withResultPath) {
    String resultPath = withResultPath ? resultPath() : DataFlow.ROOT;
    return new DataFlow(path("InputPath", true),
        withParameters ? template("Parameters") : null,
        withSelector ? template("ResultSelector") : null,
        resultPath,
        path("OutputPath", true));
  }

  /** ResultPath: absent is {@code $}, null discards; a path must name object fields only. */
  String resultPath() {
    String resultPath = path("ResultPath", true);
    if (resultPath != null && !JsonPath.parse(resultPath).isReferencePath()) {
      problem("ResultPath '" + resultPath + "' must name object fields only");
    }
    return resultPath;
  }

  /** {@code Next} or {@code End: true}, exactly one. */
  Transition transition() {
    String next = text("Next");
    boolean end = node.path("End").asBoolean(false);
    if (next != null && end) {
      problem("has both Next and End");
    } else if (next == null && !end) {
      problem("must have Next or \"End\": true");
    }
    return end ? Transition.ending() : Transition.to(next);
  }
}
