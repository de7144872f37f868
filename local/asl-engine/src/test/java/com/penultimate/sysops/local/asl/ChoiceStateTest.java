package com.penultimate.sysops.local.asl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChoiceStateTest {

  private static final String INPUT = """
      {"s": "beta", "n": 10, "b": true, "t": "2025-03-01T10:00:00Z", "nul": null,
       "other": {"s": "beta", "n": 10.0, "b": true, "t": "2025-03-01T11:00:00+01:00", "low": 5},
       "file": "log-2025.txt"}
      """;

  private final EngineHarness harness = new EngineHarness();

  private String chosen(String rule, String input) {
    ExecutionDescription run = harness.run("""
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [%s], "Default": "No"},
          "Yes": {"Type": "Succeed"}, "No": {"Type": "Succeed"}}}
        """.formatted(withNext(rule)), input);
    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    return harness.history().enteredStates().get(1);
  }

  private static String withNext(String rule) {
    return rule.substring(0, rule.length() - 1) + ", \"Next\": \"Yes\"}";
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("{\"Variable\": \"$.s\", \"StringEquals\": \"beta\"}", true),
        Arguments.of("{\"Variable\": \"$.s\", \"StringEquals\": \"gamma\"}", false),
        Arguments.of("{\"Variable\": \"$.s\", \"StringLessThan\": \"gamma\"}", true),
        Arguments.of("{\"Variable\": \"$.s\", \"StringGreaterThan\": \"alpha\"}", true),
        Arguments.of("{\"Variable\": \"$.s\", \"StringLessThanEquals\": \"beta\"}", true),
        Arguments.of("{\"Variable\": \"$.s\", \"StringGreaterThanEquals\": \"gamma\"}", false),
        Arguments.of("{\"Variable\": \"$.s\", \"StringEqualsPath\": \"$.other.s\"}", true),
        Arguments.of("{\"Variable\": \"$$.Execution.Name\", \"StringEquals\": \"exec\"}", true),
        Arguments.of("{\"Variable\": \"$.file\", \"StringMatches\": \"log-*.txt\"}", true),
        Arguments.of("{\"Variable\": \"$.file\", \"StringMatches\": \"log-\\\\*.txt\"}", false),
        Arguments.of("{\"Variable\": \"$.n\", \"NumericEquals\": 10}", true),
        Arguments.of("{\"Variable\": \"$.n\", \"NumericEqualsPath\": \"$.other.n\"}", true),
        Arguments.of("{\"Variable\": \"$.n\", \"NumericLessThan\": 10}", false),
        Arguments.of("{\"Variable\": \"$.n\", \"NumericLessThanEquals\": 10}", true),
        Arguments.of("{\"Variable\": \"$.n\", \"NumericGreaterThan\": 9.5}", true),
        Arguments.of("{\"Variable\": \"$.n\", \"NumericGreaterThanEquals\": 11}", false),
        Arguments.of("{\"Variable\": \"$.n\", \"NumericGreaterThanPath\": \"$.other.low\"}", true),
        Arguments.of("{\"Variable\": \"$.s\", \"NumericEquals\": 10}", false),
        Arguments.of("{\"Variable\": \"$.b\", \"BooleanEquals\": true}", true),
        Arguments.of("{\"Variable\": \"$.b\", \"BooleanEqualsPath\": \"$.other.b\"}", true),
        Arguments.of("{\"Variable\": \"$.t\", \"TimestampEquals\": \"2025-03-01T10:00:00Z\"}", true),
        Arguments.of("{\"Variable\": \"$.t\", \"TimestampEqualsPath\": \"$.other.t\"}", true),
        Arguments.of("{\"Variable\": \"$.t\", \"TimestampLessThan\": \"2025-03-01T10:00:01Z\"}", true),
        Arguments.of("{\"Variable\": \"$.t\", \"TimestampGreaterThan\": \"2025-03-01T10:00:01Z\"}", false),
        Arguments.of("{\"Variable\": \"$.t\", \"TimestampLessThanEquals\": \"2025-03-01T10:00:00Z\"}", true),
        Arguments.of("{\"Variable\": \"$.t\", \"TimestampGreaterThanEquals\": \"2025-03-02T00:00:00Z\"}", false),
        Arguments.of("{\"Variable\": \"$.s\", \"TimestampEquals\": \"2025-03-01T10:00:00Z\"}", false),
        Arguments.of("{\"Variable\": \"$.nope\", \"IsPresent\": false}", true),
        Arguments.of("{\"Variable\": \"$.s\", \"IsPresent\": true}", true),
        Arguments.of("{\"Variable\": \"$.nul\", \"IsNull\": true}", true),
        Arguments.of("{\"Variable\": \"$.s\", \"IsString\": true}", true),
        Arguments.of("{\"Variable\": \"$.n\", \"IsNumeric\": true}", true),
        Arguments.of("{\"Variable\": \"$.s\", \"IsNumeric\": true}", false),
        Arguments.of("{\"Variable\": \"$.b\", \"IsBoolean\": true}", true),
        Arguments.of("{\"Variable\": \"$.t\", \"IsTimestamp\": true}", true),
        Arguments.of("{\"Variable\": \"$.s\", \"IsTimestamp\": false}", true),
        Arguments.of("{\"And\": [{\"Variable\": \"$.n\", \"NumericEquals\": 10},"
            + " {\"Variable\": \"$.s\", \"StringEquals\": \"beta\"}]}", true),
        Arguments.of("{\"And\": [{\"Variable\": \"$.n\", \"NumericEquals\": 10},"
            + " {\"Variable\": \"$.s\", \"StringEquals\": \"x\"}]}", false),
        Arguments.of("{\"Or\": [{\"Variable\": \"$.n\", \"NumericEquals\": 1},"
            + " {\"Variable\": \"$.s\", \"StringEquals\": \"beta\"}]}", true),
        Arguments.of("{\"Not\": {\"Variable\": \"$.s\", \"StringEquals\": \"beta\"}}", false),
        Arguments.of("{\"And\": [{\"Variable\": \"$.nope\", \"IsPresent\": true},"
            + " {\"Variable\": \"$.nope\", \"StringEquals\": \"x\"}]}", false));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void choice_routesOnTheComparison(String rule, boolean matches) {
    assertThat(chosen(rule, INPUT)).isEqualTo(matches ? "Yes" : "No");
  }

  @Test
  void choice_takesTheFirstMatchingRule() {
    ExecutionDescription run = harness.run("""
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [
            {"Variable": "$.n", "NumericGreaterThan": 100, "Next": "Big"},
            {"Variable": "$.n", "NumericGreaterThan": 5, "Next": "Medium"},
            {"Variable": "$.n", "NumericGreaterThan": 1, "Next": "Small"}]},
          "Big": {"Type": "Succeed"}, "Medium": {"Type": "Succeed"}, "Small": {"Type": "Succeed"}}}
        """, "{\"n\": 10}");

    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(harness.history().enteredStates()).containsExactly("C", "Medium");
  }

  @Test
  void choice_withoutMatchOrDefaultFailsWithNoChoiceMatched() {
    ExecutionDescription run = harness.run("""
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericEquals": 1, "Next": "Yes"}]},
          "Yes": {"Type": "Succeed"}}}
        """, "{\"n\": 2}");

    assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.error()).isEqualTo("States.NoChoiceMatched");
  }

  @Test
  void choice_onAMissingVariableFailsWithStatesRuntime() {
    ExecutionDescription run = harness.run("""
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Variable": "$.nope", "StringEquals": "x", "Next": "Yes"}],
                "Default": "Yes"},
          "Yes": {"Type": "Succeed"}}}
        """, "{}");

    assertThat(run.error()).isEqualTo("States.Runtime");
    assertThat(run.cause()).contains("$.nope");
  }

  @Test
  void choice_passesItsInputThroughInputAndOutputPath() {
    ExecutionDescription run = harness.run("""
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "InputPath": "$.t", "OutputPath": "$.id",
                "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Yes"}]},
          "Yes": {"Type": "Succeed"}}}
        """, "{\"t\": {\"ok\": true, \"id\": \"T-1\"}}");

    assertThat(run.output()).isEqualTo(EngineHarness.json("\"T-1\""));
  }
}
