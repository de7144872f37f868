package com.penultimate.sysops.local.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DefinitionSubstitutionsTest {

  @Test
  void apply_replacesEveryPlaceholder() {
    String text = "{\"Resource\": \"${MatchArn}\", \"Parameters\": {\"QueueUrl\": \"${Queue}\", \"Again\": \"${MatchArn}\"}}";

    String result = DefinitionSubstitutions.apply(text, Map.of("MatchArn", "arn:aws:lambda:x", "Queue", "q$1\\"));

    assertThat(result).isEqualTo(
        "{\"Resource\": \"arn:aws:lambda:x\", \"Parameters\": {\"QueueUrl\": \"q$1\\\", \"Again\": \"arn:aws:lambda:x\"}}");
  }

  @Test
  void apply_leavesJsonPathDollarsAlone() {
    assertThat(DefinitionSubstitutions.apply("{\"a.$\": \"$.b\", \"c.$\": \"$$.Task.Token\"}", Map.of()))
        .isEqualTo("{\"a.$\": \"$.b\", \"c.$\": \"$$.Task.Token\"}");
  }

  @Test
  void apply_failsNamingEveryMissingValue() {
    assertThatThrownBy(() -> DefinitionSubstitutions.apply("${A} ${B} ${C}", Map.of("B", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[A, C]");
  }
}
