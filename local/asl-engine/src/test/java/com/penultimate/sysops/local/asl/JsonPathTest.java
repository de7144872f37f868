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

class JsonPathTest {

  private final JsonNode document = json("""
      {"ticket": {"id": "T-1", "tags": ["a", "b"], "odd key": 7},
       "experts": [{"id": "E-1"}, {"id": "E-2"}]}
      """);

  static Stream<Arguments> paths() {
    return Stream.of(
        Arguments.of("$.ticket.id", "\"T-1\""),
        Arguments.of("$['ticket']['id']", "\"T-1\""),
        Arguments.of("$.ticket['odd key']", "7"),
        Arguments.of("$.ticket.tags[1]", "\"b\""),
        Arguments.of("$.experts[0].id", "\"E-1\""),
        Arguments.of("$.experts[*].id", "[\"E-1\",\"E-2\"]"),
        Arguments.of("$.ticket.tags[*]", "[\"a\",\"b\"]"));
  }

  @ParameterizedTest
  @MethodSource("paths")
  void read_selectsWhatThePathNames(String path, String expected) {
    assertThat(JsonPath.parse(path).read(document)).contains(json(expected));
  }

  @Test
  void read_rootSelectsTheWholeDocument() {
    assertThat(JsonPath.parse("$").read(document)).contains(document);
  }

  @ParameterizedTest
  @ValueSource(strings = {"$.missing", "$.ticket.tags[5]", "$.ticket.id.deeper", "$.experts.id"})
  void read_isEmptyWhenAStepDoesNotExist(String path) {
    assertThat(JsonPath.parse(path).read(document)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ticket.id", "$..id", "$.", "$[abc]", "$$.Execution", "$['unclosed"})
  void parse_rejectsInvalidSyntax(String path) {
    assertThatThrownBy(() -> JsonPath.parse(path))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(path);
  }

  @Test
  void write_mergesIntoACopyCreatingMissingObjects() {
    JsonNode input = json("{\"a\": {\"keep\": 1}}");

    JsonNode written = JsonPath.parse("$.a.b.c").write(input, json("true"));

    assertThat(written).isEqualTo(json("{\"a\": {\"keep\": 1, \"b\": {\"c\": true}}}"));
    assertThat(input).isEqualTo(json("{\"a\": {\"keep\": 1}}"));
  }

  @Test
  void write_failsWithResultPathMatchFailureThroughANonObject() {
    assertThatThrownBy(() -> JsonPath.parse("$.a.b").write(json("{\"a\": 3}"), json("1")))
        .isInstanceOfSatisfying(StatesFailure.class, failure ->
            assertThat(failure.statesError().error()).isEqualTo("States.ResultPathMatchFailure"));
  }

  @Test
  void scope_readsContextPathsFromTheContextObject() {
    Scope scope = new Scope(json("{\"x\": 1}"), json("{\"Execution\": {\"Name\": \"n-1\"}}"));

    assertThat(scope.select("$$.Execution.Name")).contains(json("\"n-1\""));
    assertThat(scope.select("$.x")).contains(json("1"));
  }
}
