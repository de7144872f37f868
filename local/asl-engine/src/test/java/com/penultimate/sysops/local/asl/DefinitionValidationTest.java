package com.penultimate.sysops.local.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DefinitionValidationTest {

  static Stream<Arguments> invalidDefinitions() {
    return Stream.of(
        Arguments.of("{\"StartAt\": \"Nope\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}",
            "StartAt 'Nope' is not a state"),
        Arguments.of("{\"States\": {\"A\": {\"Type\": \"Succeed\"}}}", "StartAt is missing"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {}}", "States must be a non-empty object"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"Gone\"}}}",
            "State 'A': transition target 'Gone' does not exist"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\"}}}",
            "State 'A': must have Next or \"End\": true"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"A\", \"End\": true}}}",
            "State 'A': has both Next and End"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Teleport\", \"End\": true}}}",
            "State 'A': unknown or missing Type 'Teleport'"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}, \"B\": {\"Type\": \"Succeed\"}}}",
            "State 'B': is not reachable from StartAt"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Choice\", \"Choices\": [], \"Default\": \"A\"}}}",
            "State 'A': Choices must be a non-empty array"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Choice\", \"Choices\": "
            + "[{\"Variable\": \"$.x\", \"StringEqualz\": \"y\", \"Next\": \"A\"}]}}}",
            "must have exactly one known comparison operator"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Choice\", \"Choices\": "
            + "[{\"Variable\": \"$.x\", \"IsNull\": true}], \"Default\": \"A\"}}}",
            "every top-level choice rule must have Next"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Wait\", \"End\": true}}}",
            "Wait must have exactly one of"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\", \"End\": true}}}",
            "Task must have a Resource"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\", \"Resource\": \"r\", \"End\": true,"
            + " \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"]}, {\"ErrorEquals\": [\"X\"]}]}}}",
            "must appear alone and in the last entry"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\", \"Resource\": \"r\", \"End\": true,"
            + " \"Catch\": [{\"ErrorEquals\": [\"X\"]}]}}}",
            "Catch[0] must have Next"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"InputPath\": \"a.b\", \"End\": true}}}",
            "InputPath 'a.b' is not a valid JSONPath"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Parameters\": {\"x.$\": \"nope\"},"
            + " \"End\": true}}}",
            "field 'x.$' must be a JSONPath or an intrinsic function"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Assign\": {}, \"End\": true}}}",
            "[Assign] are not valid for a Pass state"),
        Arguments.of("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}",
            "only the JSONPath query language is supported"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Parallel\", \"End\": true, \"Branches\": ["
            + "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}]}}}",
            "State 'A': the name is used more than once"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Parallel\", \"End\": true, \"Branches\": ["
            + "{\"StartAt\": \"B\", \"States\": {\"B\": {\"Type\": \"Pass\", \"Next\": \"A\"}}}]}}}",
            "State 'B': transition target 'A' does not exist"),
        Arguments.of("{\"StartAt\": \"A\", \"States\": {\"A\": ", "Not valid JSON"));
  }

  @ParameterizedTest
  @MethodSource("invalidDefinitions")
  void parse_rejectsWithAProblemNamingTheState(String definition, String problem) {
    assertThatThrownBy(() -> StateMachineDefinition.parse(definition))
        .isInstanceOfSatisfying(DefinitionException.class,
            e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains(problem)));
  }

  @Test
  void parse_reportsEveryProblemAtOnce() {
    assertThatThrownBy(() -> StateMachineDefinition.parse("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Next": "Gone"},
          "B": {"Type": "Wait", "Seconds": 1}}}
        """))
        .isInstanceOfSatisfying(DefinitionException.class, e -> assertThat(e.problems()).hasSize(3)
            .anySatisfy(p -> assertThat(p).contains("'Gone' does not exist"))
            .anySatisfy(p -> assertThat(p).contains("State 'B': must have Next"))
            .anySatisfy(p -> assertThat(p).contains("State 'B': is not reachable")));
  }

  @Test
  void parse_acceptsAValidDefinition() {
    StateMachineDefinition definition = StateMachineDefinition.parse("""
        {"Comment": "ok", "TimeoutSeconds": 60, "StartAt": "A", "States": {
          "A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Succeed"}}}
        """);

    assertThat(definition.startAt()).isEqualTo("A");
    assertThat(definition.stateNames()).containsExactly("A", "B");
    assertThat(definition.timeout()).hasValueSatisfying(t -> assertThat(t.toSeconds()).isEqualTo(60));
  }
}
