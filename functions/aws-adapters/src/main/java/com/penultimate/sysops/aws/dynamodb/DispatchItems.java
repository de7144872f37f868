package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.matching.AssignmentExplanation;
import com.penultimate.sysops.core.matching.CandidateAssessment;
import com.penultimate.sysops.core.matching.Objective;
import com.penultimate.sysops.core.matching.WorkRule;
import com.penultimate.sysops.core.model.Dispatch;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps a ticket's {@link Dispatch} to top-level attributes of its item and back: {@code assignedExpertId}
 * (only while an expert holds the ticket, so the sparse {@code byExpert} index lists held tickets only),
 * {@code offers}, {@code excludedExperts}, {@code taskToken}, {@code offeredAt} and the {@code explanation}
 * as a nested map with every rule result and score of the ranked candidates.
 */
final class DispatchItems {
    static final String ASSIGNED_EXPERT = "assignedExpertId";

    private DispatchItems() {
    }

    static ItemBuilder write(Dispatch dispatch, ItemBuilder item) {
        return item.string(ASSIGNED_EXPERT, dispatch.expertId())
                .number("offers", dispatch.offers())
                .stringSet("excludedExperts", dispatch.excludedExperts())
                .string("taskToken", dispatch.taskToken())
                .instant("offeredAt", dispatch.offeredAt())
                .map("explanation", dispatch.explanation() == null ? null : explanation(dispatch.explanation()));
    }

    static Dispatch read(ItemReader item) {
        ItemReader why = item.map("explanation");
        return new Dispatch(item.string(ASSIGNED_EXPERT), item.optionalInt("offers", 0),
                item.stringSet("excludedExperts"), item.string("taskToken"),
                why == null ? null : explanation(why), item.instant("offeredAt"));
    }

    private static Map<String, AttributeValue> explanation(AssignmentExplanation why) {
        Map<String, AttributeValue> rejectedBy = new LinkedHashMap<>();
        why.rejectedBy().forEach((rule, count) -> rejectedBy.put(rule.name(), ItemBuilder.n(count)));
        return new ItemBuilder()
                .string("chosenExpertId", why.chosenExpertId())
                .number("candidatesFound", why.candidatesFound())
                .map("rejectedBy", rejectedBy)
                .instant("decidedAt", why.decidedAt())
                .list("ranking", why.ranking().stream().map(DispatchItems::assessment).toList())
                .build();
    }

    private static AssignmentExplanation explanation(ItemReader why) {
        Map<WorkRule, Integer> rejectedBy = new EnumMap<>(WorkRule.class);
        ItemReader counts = why.map("rejectedBy");
        counts.names().forEach(rule -> rejectedBy.put(WorkRule.valueOf(rule), counts.intNumber(rule)));
        return new AssignmentExplanation(why.string("chosenExpertId"), why.intNumber("candidatesFound"), rejectedBy,
                why.maps("ranking").stream().map(DispatchItems::assessment).toList(), why.instant("decidedAt"));
    }

    private static AttributeValue assessment(CandidateAssessment assessment) {
        Map<String, AttributeValue> rules = new LinkedHashMap<>();
        assessment.rules().forEach((rule, passed) -> rules.put(rule.name(), AttributeValue.fromBool(passed)));
        ItemBuilder scores = new ItemBuilder();
        assessment.scores().forEach((objective, score) -> scores.number(objective.name(), score));
        return AttributeValue.fromM(new ItemBuilder()
                .string("expertId", assessment.expertId())
                .number("total", assessment.total())
                .number("distanceKm", assessment.distanceKm())
                .map("rules", rules)
                .map("scores", scores.build())
                .build());
    }

    private static CandidateAssessment assessment(ItemReader item) {
        Map<WorkRule, Boolean> rules = new EnumMap<>(WorkRule.class);
        ItemReader storedRules = item.map("rules");
        storedRules.names().forEach(rule -> rules.put(WorkRule.valueOf(rule), storedRules.bool(rule)));
        Map<Objective, Double> scores = new EnumMap<>(Objective.class);
        ItemReader storedScores = item.map("scores");
        storedScores.names().forEach(o -> scores.put(Objective.valueOf(o), storedScores.doubleNumber(o)));
        return new CandidateAssessment(item.string("expertId"), rules, scores, item.doubleNumber("total"),
                item.doubleNumber("distanceKm"));
    }
}
