package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** A Boolean expression of a Choice state, evaluated against its effective input and context. */
sealed interface ChoiceRule {

  boolean matches(Scope scope);

  /** {@code {"Variable": ..., "<Operator>": operand}}; a {@code ...Path} operator reads its operand. */
  record Comparison(String variable, String operator, JsonNode operand) implements ChoiceRule {

    @Override
    public boolean matches(Scope scope) {
      Optional<JsonNode> value = scope.select(variable);
      if (operator.equals(Comparisons.IS_PRESENT)) {
        return value.isPresent() == operand.asBoolean();
      }
      JsonNode actual = value.orElseThrow(() -> invalidPath(variable));
      if (!Comparisons.takesPath(operator)) {
        return Comparisons.test(operator, actual, operand);
      }
      JsonNode expected = scope.select(operand.asText()).orElseThrow(() -> invalidPath(operand.asText()));
      return Comparisons.test(Comparisons.withoutPath(operator), actual, expected);
    }

    private static StatesFailure invalidPath(String path) {
      return new StatesFailure(StatesError.RUNTIME,
          "Invalid path '" + path + "': the choice state's condition path references an undefined value");
    }
  }

  /** {@code And}: every rule matches. */
  record And(List<ChoiceRule> rules) implements ChoiceRule {
    @Override
    public boolean matches(Scope scope) {
      return rules.stream().allMatch(rule -> rule.matches(scope));
    }
  }

  /** {@code Or}: at least one rule matches. */
  record Or(List<ChoiceRule> rules) implements ChoiceRule {
    @Override
    public boolean matches(Scope scope) {
      return rules.stream().anyMatch(rule -> rule.matches(scope));
    }
  }

  /** {@code Not}: the rule does not match. */
  record Not(ChoiceRule rule) implements ChoiceRule {
    @Override
    public boolean matches(Scope scope) {
      return !rule.matches(scope);
    }
  }
}
