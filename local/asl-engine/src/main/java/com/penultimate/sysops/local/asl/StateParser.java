package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns one state's JSON into its {@link State} record; problems go to the shared collector. */
final class StateParser {

  private static final Set<String> PATHS = Set.of("Type", "Comment", "InputPath", "OutputPath");
  private static final Set<String> TRANSITION = Set.of("Next", "End");
  private static final Set<String> RESULT = Set.of("Parameters", "ResultSelector", "ResultPath", "Retry", "Catch");
  private static final Map<String, Set<String>> FIELDS = Map.of(
      "Task", union(PATHS, TRANSITION, RESULT, Set.of("Resource", "TimeoutSeconds", "TimeoutSecondsPath",
          "HeartbeatSeconds", "HeartbeatSecondsPath")),
      "Pass", union(PATHS, TRANSITION, Set.of("Parameters", "Result", "ResultPath")),
      "Wait", union(PATHS, TRANSITION, Set.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath")),
      "Choice", union(PATHS, Set.of("Choices", "Default")),
      "Succeed", PATHS,
      "Fail", Set.of("Type", "Comment", "Error", "ErrorPath", "Cause", "CausePath"),
      "Parallel", union(PATHS, TRANSITION, RESULT, Set.of("Branches")),
      "Map", union(PATHS, TRANSITION, RESULT, Set.of("ItemsPath", "ItemSelector", "ItemProcessor", "Iterator",
          "MaxConcurrency")));

  private final DefinitionParser definitions;

  StateParser(DefinitionParser definitions) {
    this.definitions = definitions;
  }

  State parse(String name, JsonNode node, Problems problems) {
    StateFields fields = new StateFields(name, node, problems);
    String type = fields.text("Type");
    if (type == null || !FIELDS.containsKey(type)) {
      fields.problem("unknown or missing Type '" + type + "' (supported: " + new java.util.TreeSet<>(FIELDS.keySet()) + ")");
      return new SucceedState(name, DataFlow.identity());
    }
    fields.allowOnly(FIELDS.get(type));
    return switch (type) {
      case "Task" -> task(fields);
      case "Pass" -> new PassState(name, fields.dataFlow(true, false, true), fields.raw("Result"),
          fields.transition());
      case "Wait" -> waitState(fields);
      case "Choice" -> new ChoiceState(name, fields.dataFlow(false, false, false),
          new ChoiceRuleParser(fields).branches(), fields.text("Default"));
      case "Succeed" -> new SucceedState(name, fields.dataFlow(false, false, false));
      case "Fail" -> fail(fields);
      case "Parallel" -> parallel(fields);
      default -> map(fields);
    };
  }

  private TaskState task(StateFields fields) {
    String resource = fields.text("Resource");
    if (resource == null) {
      fields.problem("Task must have a Resource");
      resource = "";
    }
    return new TaskState(fields.state(), resource, fields.dataFlow(true, true, true), fields.transition(),
        ErrorHandlerParser.retriers(fields), ErrorHandlerParser.catchers(fields),
        fields.positiveSeconds("TimeoutSeconds"), fields.optionalPath("TimeoutSecondsPath"),
        fields.positiveSeconds("HeartbeatSeconds"), fields.optionalPath("HeartbeatSecondsPath"));
  }

  private WaitState waitState(StateFields fields) {
    long given = List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath").stream().filter(fields::has).count();
    if (given != 1) {
      fields.problem("Wait must have exactly one of Seconds, SecondsPath, Timestamp, TimestampPath");
    }
    String timestamp = fields.text("Timestamp");
    if (timestamp != null && Comparisons.timestamp(TextNode.valueOf(timestamp)).isEmpty()) {
      fields.problem("Timestamp '" + timestamp + "' is not an RFC 3339 timestamp");
    }
    return new WaitState(fields.state(), fields.dataFlow(false, false, false), fields.positiveSeconds("Seconds"),
        fields.optionalPath("SecondsPath"), timestamp, fields.optionalPath("TimestampPath"), fields.transition());
  }

  private FailState fail(StateFields fields) {
    if (fields.has("Error") && fields.has("ErrorPath") || fields.has("Cause") && fields.has("CausePath")) {
      fields.problem("Fail may have Error or ErrorPath, and Cause or CausePath, not both");
    }
    return new FailState(fields.state(), fields.text("Error"), fields.expression("ErrorPath"),
        fields.text("Cause"), fields.expression("CausePath"));
  }

  private ParallelState parallel(StateFields fields) {
    JsonNode branches = fields.raw("Branches");
    List<StateMachineDefinition> machines = new ArrayList<>();
    if (branches == null || !branches.isArray() || branches.isEmpty()) {
      fields.problem("Parallel must have a non-empty Branches array");
    } else {
      branches.forEach(branch -> machines.add(definitions.machine(branch, fields.state(), false)));
    }
    return new ParallelState(fields.state(), fields.dataFlow(true, true, true), List.copyOf(machines),
        fields.transition(), ErrorHandlerParser.retriers(fields), ErrorHandlerParser.catchers(fields));
  }

  private MapState map(StateFields fields) {
    JsonNode processor = fields.has("ItemProcessor") ? fields.raw("ItemProcessor") : fields.raw("Iterator");
    String mode = processor == null ? "INLINE" : processor.path("ProcessorConfig").path("Mode").asText("INLINE");
    if (processor == null || !mode.equals("INLINE")) {
      fields.problem("Map must have an ItemProcessor (or Iterator) in INLINE mode");
    }
    JsonNode selector = fields.has("ItemSelector") ? fields.template("ItemSelector") : fields.template("Parameters");
    int concurrency = fields.raw("MaxConcurrency") == null ? 0 : fields.raw("MaxConcurrency").asInt(-1);
    if (concurrency < 0) {
      fields.problem("MaxConcurrency must be a non-negative integer");
    }
    DataFlow flow = fields.dataFlow(false, true, true);
    return new MapState(fields.state(), flow, fields.path("ItemsPath", false), selector,
        processor == null ? null : definitions.machine(processor, fields.state(), false),
        Math.max(concurrency, 0), fields.transition(),
        ErrorHandlerParser.retriers(fields), ErrorHandlerParser.catchers(fields));
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }
}
