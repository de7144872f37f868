package com.penultimate.sysops.core.matching;

import java.util.Map;

/**
 * How one expert fared for one ticket: the result of every work rule, the score of every objective, the
 * weighted total and the distance travelled.
 */
public record CandidateAssessment(String expertId, Map<WorkRule, Boolean> rules, Map<Objective, Double> scores,
                                  double total, double distanceKm) {

    public CandidateAssessment {
        rules = Map.copyOf(rules);
        scores = Map.copyOf(scores);
    }

    public boolean eligible() {
        return rules.values().stream().allMatch(Boolean::booleanValue);
    }
}
