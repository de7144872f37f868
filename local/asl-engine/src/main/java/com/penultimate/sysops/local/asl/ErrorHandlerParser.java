package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses a state's {@code Retry} and {@code Catch} arrays. */
final class ErrorHandlerParser {

  private static final Set<String> RETRIER_FIELDS = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts",
      "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment");
  private static final Set<String> CATCHER_FIELDS = Set.of("ErrorEquals", "Next", "ResultPath", "Comment");

  private ErrorHandlerParser() {}

  static List<Retrier> retriers(StateFields fields) {
    List<Retrier> retriers = new ArrayList<>();
    List<JsonNode> entries = entries(fields, "Retry");
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      StateFields retry = new StateFields(fields.state(), entry, fields.problems());
      checkFields(fields, "Retry", i, entry, RETRIER_FIELDS);
      String jitter = entry.path("JitterStrategy").asText("NONE");
      if (!jitter.equals("NONE") && !jitter.equals("FULL")) {
        fields.problem("Retry[" + i + "] JitterStrategy must be FULL or NONE");
      }
      double backoff = entry.path("BackoffRate").asDouble(Retrier.DEFAULT_BACKOFF_RATE);
      if (backoff < 1.0) {
        fields.problem("Retry[" + i + "] BackoffRate must be at least 1.0");
      }
      Long maxDelay = retry.positiveSeconds("MaxDelaySeconds");
      retriers.add(new Retrier(errorEquals(fields, "Retry", i, entry, i == entries.size() - 1),
          entry.path("IntervalSeconds").asDouble(Retrier.DEFAULT_INTERVAL_SECONDS),
          entry.path("MaxAttempts").asInt(Retrier.DEFAULT_MAX_ATTEMPTS),
          backoff,
          maxDelay == null ? null : maxDelay.doubleValue(),
          jitter.equals("FULL")));
    }
    return List.copyOf(retriers);
  }

  static List<Catcher> catchers(StateFields fields) {
    List<Catcher> catchers = new ArrayList<>();
    List<JsonNode> entries = entries(fields, "Catch");
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      checkFields(fields, "Catch", i, entry, CATCHER_FIELDS);
      StateFields catcher = new StateFields(fields.state(), entry, fields.problems());
      String next = catcher.text("Next");
      if (next == null) {
        fields.problem("Catch[" + i + "] must have Next");
      }
      catchers.add(new Catcher(errorEquals(fields, "Catch", i, entry, i == entries.size() - 1),
          next, catcher.resultPath()));
    }
    return List.copyOf(catchers);
  }

  private static List<JsonNode> entries(StateFields fields, String field) {
    JsonNode array = fields.raw(field);
    if (array == null) {
      return List.of();
    }
    if (!array.isArray()) {
      fields.problem(field + " must be an array");
      return List.of();
    }
    List<JsonNode> entries = new ArrayList<>();
    array.forEach(entries::add);
    return entries;
  }

  private static void checkFields(StateFields fields, String field, int index, JsonNode entry, Set<String> allowed) {
    entry.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        fields.problem(field + "[" + index + "] has unsupported field " + name);
      }
    });
  }

  private static List<String> errorEquals(StateFields fields, String field, int index, JsonNode entry, boolean last) {
    JsonNode names = entry.get("ErrorEquals");
    if (names == null || !names.isArray() || names.isEmpty()) {
      fields.problem(field + "[" + index + "] must have a non-empty ErrorEquals array");
      return List.of();
    }
    List<String> errors = new ArrayList<>();
    names.forEach(name -> errors.add(name.asText()));
    if (errors.contains(StatesError.ALL) && (errors.size() > 1 || !last)) {
      fields.problem(field + "[" + index + "] uses States.ALL, which must appear alone and in the last entry");
    }
    return List.copyOf(errors);
  }
}
