package com.penultimate.sysops.core.matching;

import com.penultimate.sysops.core.model.Expert;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks experts for a ticket: every work rule is a hard filter, the objectives order those who pass. Pure:
 * the same experts and request always give the same ranking (ties broken by expert id).
 */
public final class ExpertMatcher {
    /** Travel beyond this scores zero. */
    static final double FAR_KM = 100;
    /** An expert nobody has rated yet is neither favoured nor penalised. */
    static final double UNRATED = 3.0;

    /** Every candidate assessed, eligible ones first, best first. */
    public List<CandidateAssessment> rank(MatchRequest request, Collection<Expert> candidates) {
        return candidates.stream().map(e -> assess(request, e))
                .sorted(Comparator.comparing(CandidateAssessment::eligible).reversed()
                        .thenComparing(Comparator.comparingDouble(CandidateAssessment::total).reversed())
                        .thenComparing(CandidateAssessment::expertId))
                .toList();
    }

    CandidateAssessment assess(MatchRequest request, Expert expert) {
        double distance = expert.homeLocation().distanceKm(request.location());
        Map<WorkRule, Boolean> rules = new EnumMap<>(WorkRule.class);
        rules.put(WorkRule.HAS_SKILLS, expert.skills().containsAll(request.requiredSkills()));
        rules.put(WorkRule.IN_SERVICE_AREA, expert.serviceArea().contains(request.location()));
        rules.put(WorkRule.AVAILABLE, expert.available());
        rules.put(WorkRule.BELOW_CAPACITY, expert.hasFreeCapacity());
        rules.put(WorkRule.NOT_EXCLUDED, !request.excluded().contains(expert.expertId()));

        Map<Objective, Double> scores = new EnumMap<>(Objective.class);
        scores.put(Objective.SHORT_TRAVEL, Math.max(0, 1 - distance / FAR_KM));
        scores.put(Objective.LIGHT_LOAD, expert.capacity() == 0 ? 0
                : 1 - (double) expert.activeTickets() / expert.capacity());
        scores.put(Objective.SATISFACTION, request.ratings().getOrDefault(expert.expertId(), UNRATED) / 5.0);
        scores.put(Objective.PREFERRED_BY_CUSTOMER, expert.expertId().equals(request.preferredExpert()) ? 1.0 : 0.0);
        double total = scores.entrySet().stream().mapToDouble(s -> s.getKey().weight() * s.getValue()).sum();
        return new CandidateAssessment(expert.expertId(), rules, scores, round(total), round(distance));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
