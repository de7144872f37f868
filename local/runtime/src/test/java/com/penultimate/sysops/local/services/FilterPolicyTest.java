package com.penultimate.sysops.local.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterPolicyTest {

    @Test
    void exactStrings_matchAnyListedValue_andAMissingAttributeNever() {
        FilterPolicy policy = FilterPolicy.of(Map.of("severity", List.of("high", "critical")));

        assertThat(policy.matches(Map.of("severity", string("critical")))).isTrue();
        assertThat(policy.matches(Map.of("severity", string("low")))).isFalse();
        assertThat(policy.matches(Map.of())).isFalse();
    }

    @Test
    void prefixAnythingButExistsAndNumericRanges_match() {
        assertThat(FilterPolicy.of(Map.of("kind", List.of(Map.of("prefix", "ticket.")))).matches(
                Map.of("kind", string("ticket.escalated")))).isTrue();
        assertThat(FilterPolicy.of(Map.of("kind", List.of(Map.of("anything-but", List.of("noise"))))).matches(
                Map.of("kind", string("noise")))).isFalse();
        assertThat(FilterPolicy.of(Map.of("trace", List.of(Map.of("exists", false)))).matches(Map.of())).isTrue();
        assertThat(FilterPolicy.of(Map.of("amount", List.of(Map.of("numeric", List.of(">=", 100, "<", 200)))))
                .matches(Map.of("amount", new SnsMessageAttribute("Number", "150")))).isTrue();
    }

    @Test
    void stringArrayAttribute_matchesWhenAnyElementDoes() {
        FilterPolicy policy = FilterPolicy.of(Map.of("skills", List.of("tv")));

        assertThat(policy.matches(Map.of("skills", new SnsMessageAttribute("String.Array", "[\"audio\",\"tv\"]"))))
                .isTrue();
    }

    @Test
    void noPolicy_matchesEverything() {
        assertThat(FilterPolicy.none().matches(Map.of())).isTrue();
    }

    private static SnsMessageAttribute string(String value) {
        return new SnsMessageAttribute("String", value);
    }
}
