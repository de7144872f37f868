package com.penultimate.sysops.local.asl;

import static com.penultimate.sysops.local.asl.EngineHarness.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicFunctionsTest {

  private final Scope scope = new Scope(
      json("""
          {"name": "Ada", "count": 3, "list": [1, 2, 2, 3], "doc": "{\\"k\\": [1]}", "obj": {"a": 1}}
          """),
      json("{\"Execution\": {\"Name\": \"T-42\"}}"));

  private JsonNode eval(String expression) {
    return IntrinsicFunctions.evaluate(expression, scope);
  }

  static Stream<Arguments> functions() {
    return Stream.of(
        Arguments.of("States.Format('Hello, {}! You have {} tickets.', $.name, $.count)",
            "\"Hello, Ada! You have 3 tickets.\""),
        Arguments.of("States.Format('ticket {}', $$.Execution.Name)",
            "\"ticket T-42\""),
        Arguments.of("States.Format('literal \\{\\} and \\'quotes\\' {}', 'x')",
            "\"literal {} and 'quotes' x\""),
        Arguments.of("States.StringToJson($.doc)",
            "{\"k\": [1]}"),
        Arguments.of("States.JsonToString($.obj)",
            "\"{\\\"a\\\":1}\""),
        Arguments.of("States.Array('a', $.count, true, null)",
            "[\"a\", 3, true, null]"),
        Arguments.of("States.MathAdd($.count, -1)",
            "2"),
        Arguments.of("States.MathAdd(1.5, 1)",
            "2.5"),
        Arguments.of("States.ArrayLength($.list)",
            "4"),
        Arguments.of("States.ArrayContains($.list, 2)",
            "true"),
        Arguments.of("States.ArrayContains($.list, 9)",
            "false"),
        Arguments.of("States.ArrayGetItem($.list, 3)",
            "3"),
        Arguments.of("States.ArrayPartition($.list, 3)",
            "[[1, 2, 2], [3]]"),
        Arguments.of("States.ArrayRange(1, 9, 4)",
            "[1, 5, 9]"),
        Arguments.of("States.ArrayUnique($.list)",
            "[1, 2, 3]"),
        Arguments.of("States.Base64Encode('Ada')",
            "\"QWRh\""),
        Arguments.of("States.Base64Decode('QWRh')",
            "\"Ada\""),
        Arguments.of("States.Hash('abc', 'SHA-256')",
            "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\""),
        Arguments.of("States.JsonMerge($.obj, States.StringToJson('{\"b\": 2}'), false)",
            "{\"a\": 1, \"b\": 2}"),
        Arguments.of("States.StringSplit('a,b;c', ',;')",
            "[\"a\", \"b\", \"c\"]"),
        Arguments.of("States.ArrayLength(States.Array(1, 2))",
            "2"));
  }

  @ParameterizedTest
  @MethodSource("functions")
  void evaluate_computesTheFunction(String expression, String expected) {
    assertThat(eval(expression)).isEqualTo(json(expected));
  }

  @Test
  void uuid_returnsADistinctRandomUuidEachTime() {
    String first = eval("States.UUID()").asText();

    assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(eval("States.UUID()").asText()).isNotEqualTo(first);
  }

  @Test
  void mathRandom_staysInRangeAndRepeatsForASeed() {
    int value = eval("States.MathRandom(10, 20, 7)").asInt();

    assertThat(value).isBetween(10, 19);
    assertThat(eval("States.MathRandom(10, 20, 7)").asInt()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "States.Format('{} {}', 'one')",
      "States.Format('{}', $.obj)",
      "States.StringToJson('not json')",
      "States.ArrayGetItem($.list, 9)",
      "States.MathAdd('1', 2)",
      "States.Format('x', $.missing)",
      "States.Nope(1)",
      "States.Format('unclosed'"})
  void evaluate_failsWithIntrinsicFailureOnMisuse(String expression) {
    assertThatThrownBy(() -> eval(expression))
        .isInstanceOfSatisfying(StatesFailure.class, failure ->
            assertThat(failure.statesError().error()).isEqualTo("States.IntrinsicFailure"));
  }
}
