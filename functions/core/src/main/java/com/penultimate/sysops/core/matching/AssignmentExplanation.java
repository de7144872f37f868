package com.penultimate.sysops.core.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Why a ticket went to its expert, kept with the ticket for managers: how many experts the keyed lookup
 * found, how many each work rule turned away, and the assessments of the best candidates.
 */
public record AssignmentExplanation(String chosenExpertId, int candidatesFound, Map<WorkRule, Integer> rejectedBy,
                                    List<CandidateAssessment> ranking, Instant decidedAt) {
    /** How many assessments an explanation keeps. */
    public static final int KEPT = 5;

    public AssignmentExplanation {
        rejectedBy = Map.copyOf(rejectedBy);
        ranking = List.copyOf(ranking);
    }
}
