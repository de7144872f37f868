package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Parses the {@code Choices} of a Choice state into {@link ChoiceRule}s. */
final class ChoiceRuleParser {

  private static final Set<String> STRUCTURE = Set.of("Variable", "Next", "Comment", "And", "Or", "Not");

  private final StateFields fields;

  ChoiceRuleParser(StateFields fields) {
    this.fields = fields;
  }

  List<ChoiceState.ChoiceBranch> branches() {
    JsonNode choices = fields.raw("Choices");
    if (choices == null || !choices.isArray() || choices.isEmpty()) {
      fields.problem("Choices must be a non-empty array");
      return List.of();
    }
    List<ChoiceState.ChoiceBranch> branches = new ArrayList<>();
    for (JsonNode choice : choices) {
      String next = choice.path("Next").asText(null);
      if (next == null) {
        fields.problem("every top-level choice rule must have Next");
      }
      branches.add(new ChoiceState.ChoiceBranch(rule(choice), next));
    }
    return List.copyOf(branches);
  }

  private ChoiceRule rule(JsonNode node) {
    if (node.has("And") || node.has("Or")) {
      String operator = node.has("And") ? "And" : "Or";
      List<ChoiceRule> rules = new ArrayList<>();
      node.get(operator).forEach(child -> rules.add(nested(child)));
      if (rules.isEmpty()) {
        fields.problem(operator + " must hold at least one rule");
      }
      return operator.equals("And") ? new ChoiceRule.And(List.copyOf(rules)) : new ChoiceRule.Or(List.copyOf(rules));
    }
    if (node.has("Not")) {
      return new ChoiceRule.Not(nested(node.get("Not")));
    }
    return comparison(node);
  }

  private ChoiceRule nested(JsonNode node) {
    if (node.has("Next")) {
      fields.problem("nested choice rules must not have Next");
    }
    return rule(node);
  }

  private ChoiceRule comparison(JsonNode node) {
    List<String> operators = new ArrayList<>();
    Iterator<String> names = node.fieldNames();
    names.forEachRemaining(name -> {
      if (!STRUCTURE.contains(name)) {
        operators.add(name);
      }
    });
    String variable = fields.checkedReference("Variable", node.path("Variable"));
    if (operators.size() != 1 || !Comparisons.isOperator(operators.get(0))) {
      fields.problem("choice rule on " + node.path("Variable").asText("<no Variable>")
          + " must have exactly one known comparison operator, found " + operators);
      return new ChoiceRule.Comparison(variable, Comparisons.IS_PRESENT, node.path("IsPresent"));
    }
    String operator = operators.get(0);
    JsonNode operand = node.get(operator);
    if (Comparisons.takesPath(operator)) {
      fields.checkedReference(operator, operand);
    }
    return new ChoiceRule.Comparison(variable, operator, operand);
  }
}
