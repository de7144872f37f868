package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses a definition, its Parallel branches and Map processors, and validates the result. */
final class DefinitionParser {

  private static final Set<String> TOP_LEVEL_FIELDS =
      Set.of("StartAt", "States", "Comment", "Version", "TimeoutSeconds", "QueryLanguage");
  private static final Set<String> NESTED_FIELDS = Set.of("StartAt", "States", "Comment", "ProcessorConfig");

  private final Problems problems = new Problems();
  private final StateParser stateParser = new StateParser(this);
  private final Set<String> stateNames = new HashSet<>();

  private DefinitionParser() {}

  static StateMachineDefinition parse(String json) {
    JsonNode root;
    try {
      root = Json.parse(json);
    } catch (IllegalArgumentException e) {
      throw new DefinitionException(List.of(e.getMessage()));
    }
    DefinitionParser parser = new DefinitionParser();
    StateMachineDefinition definition = parser.machine(root, null, true);
    parser.problems.throwIfAny();
    return definition;
  }

  /** Parses a whole definition ({@code owner} null) or a branch of the state named {@code owner}. */
  StateMachineDefinition machine(JsonNode node, String owner, boolean topLevel) {
    String where = owner == null ? "Definition" : "State '" + owner + "': branch";
    if (!node.isObject()) {
      problems.add(where + " must be a JSON object");
      return new StateMachineDefinition(null, Map.of(), null);
    }
    node.fieldNames().forEachRemaining(field -> {
      if (!(topLevel ? TOP_LEVEL_FIELDS : NESTED_FIELDS).contains(field)) {
        problems.add(where + ": field '" + field + "' is not supported");
      }
    });
    if (!node.path("QueryLanguage").asText("JSONPath").equals("JSONPath")) {
      problems.add(where + ": only the JSONPath query language is supported");
    }
    String startAt = node.path("StartAt").asText(null);
    if (startAt == null) {
      problems.add(where + ": StartAt is missing");
    }
    Map<String, State> states = states(node.get("States"), where);
    Long timeout = null;
    if (node.has("TimeoutSeconds")) {
      timeout = new StateFields("(definition)", node, problems).positiveSeconds("TimeoutSeconds");
    }
    StateMachineDefinition definition = new StateMachineDefinition(startAt, states, timeout);
    DefinitionValidator.validate(definition, where, problems);
    return definition;
  }

  private Map<String, State> states(JsonNode node, String where) {
    Map<String, State> states = new LinkedHashMap<>();
    if (node == null || !node.isObject() || node.isEmpty()) {
      problems.add(where + ": States must be a non-empty object");
      return states;
    }
    Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      String name = entry.getKey();
      if (!stateNames.add(name)) {
        problems.inState(name, "the name is used more than once in the definition");
      }
      if (name.isEmpty() || name.length() > 80) {
        problems.inState(name, "a state name must have 1 to 80 characters");
      }
      states.put(name, stateParser.parse(name, entry.getValue(), problems));
    }
    return states;
  }
}
