package com.penultimate.sysops.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.ServiceArea;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpertMatcherTest {
    private static final GeoPoint TICKET = Fixtures.CHICAGO;
    private final ExpertMatcher matcher = new ExpertMatcher();

    static Expert expert(String id, GeoPoint home, double radiusKm, Set<String> skills, int capacity, int active,
                         boolean available) {
        return new Expert(id, id, "+13125550100", id + "@x.example", skills, home, new ServiceArea(home, radiusKm),
                capacity, available, active, 1);
    }

    private static MatchRequest request(Set<String> excluded) {
        return new MatchRequest(TICKET, Set.of("tv", "av"), excluded, null, Map.of());
    }

    @Test
    void rank_skipsExpertOutsideServiceArea() {
        Expert milwaukee = expert("far", new GeoPoint(43.0389, -87.9065), 40, Set.of("tv", "av"), 2, 0, true);
        CandidateAssessment a = matcher.rank(request(Set.of()), List.of(milwaukee)).get(0);
        assertThat(a.eligible()).isFalse();
        assertThat(a.rules()).containsEntry(WorkRule.IN_SERVICE_AREA, false);
    }

    @Test
    void rank_skipsExpertWithoutEverySkill() {
        Expert tvOnly = expert("tv-only", TICKET, 30, Set.of("tv"), 2, 0, true);
        assertThat(matcher.rank(request(Set.of()), List.of(tvOnly)).get(0).rules())
                .containsEntry(WorkRule.HAS_SKILLS, false);
    }

    @Test
    void rank_skipsFullUnavailableAndExcludedExperts() {
        Expert full = expert("full", TICKET, 30, Set.of("tv", "av"), 1, 1, true);
        Expert away = expert("away", TICKET, 30, Set.of("tv", "av"), 2, 0, false);
        Expert declined = expert("declined", TICKET, 30, Set.of("tv", "av"), 2, 0, true);
        List<CandidateAssessment> ranked = matcher.rank(request(Set.of("declined")), List.of(full, away, declined));
        assertThat(ranked).noneMatch(CandidateAssessment::eligible);
    }

    @Test
    void rank_prefersNearerThenLessLoaded() {
        Expert near = expert("near", new GeoPoint(41.88, -87.63), 40, Set.of("tv", "av"), 2, 0, true);
        Expert farther = expert("farther", new GeoPoint(42.15, -87.80), 40, Set.of("tv", "av"), 2, 0, true);
        Expert nearButBusy = expert("busy", new GeoPoint(41.88, -87.63), 40, Set.of("tv", "av"), 2, 1, true);
        List<CandidateAssessment> ranked = matcher.rank(request(Set.of()), List.of(farther, nearButBusy, near));
        assertThat(ranked).extracting(CandidateAssessment::expertId).containsExactly("near", "busy", "farther");
        assertThat(ranked.get(0).scores()).containsKeys(Objective.values());
    }

    @Test
    void rank_customersPreferredExpertWinsATie() {
        Expert a = expert("a", TICKET, 30, Set.of("tv", "av"), 2, 0, true);
        Expert b = expert("b", TICKET, 30, Set.of("tv", "av"), 2, 0, true);
        MatchRequest prefersB = new MatchRequest(TICKET, Set.of("tv", "av"), Set.of(), "b", Map.of());
        assertThat(matcher.rank(prefersB, List.of(a, b)).get(0).expertId()).isEqualTo("b");
    }
}
