package com.penultimate.sysops.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.ServiceArea;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever the experts, nobody who fails a work rule is ever ranked as eligible, and eligible ones come first. */
class ExpertMatcherPropertiesTest {
    private static final Set<String> SKILLS = Set.of("tv", "av", "audio", "laptop", "phone");
    private static final GeoPoint TICKET = new GeoPoint(41.8781, -87.6298);
    private final ExpertMatcher matcher = new ExpertMatcher();

    @Property(tries = 300)
    void noExpertFailingAWorkRuleIsEligible(@ForAll("experts") @Size(max = 30) List<Expert> experts,
                                            @ForAll("skillSets") Set<String> required) {
        Set<String> excluded = experts.isEmpty() ? Set.of() : Set.of(experts.get(0).expertId());
        MatchRequest request = new MatchRequest(TICKET, required, excluded, null, Map.of());
        for (CandidateAssessment assessed : matcher.rank(request, experts)) {
            Expert expert = experts.stream().filter(e -> e.expertId().equals(assessed.expertId())).findFirst().orElseThrow();
            boolean passesAll = expert.skills().containsAll(required)
                    && expert.serviceArea().contains(TICKET)
                    && expert.available()
                    && expert.activeTickets() < expert.capacity()
                    && !excluded.contains(expert.expertId());
            assertThat(assessed.eligible()).as(expert.toString()).isEqualTo(passesAll);
        }
    }

    @Property(tries = 200)
    void eligibleExpertsAlwaysRankAboveIneligibleOnes(@ForAll("experts") @Size(max = 30) List<Expert> experts) {
        List<CandidateAssessment> ranked = matcher.rank(new MatchRequest(TICKET, Set.of("tv"), Set.of(), null, Map.of()), experts);
        boolean seenIneligible = false;
        for (CandidateAssessment a : ranked) {
            if (!a.eligible()) {
                seenIneligible = true;
            } else {
                assertThat(seenIneligible).as("eligible after ineligible").isFalse();
            }
        }
    }

    @Provide
    Arbitrary<Set<String>> skillSets() {
        return Arbitraries.of(SKILLS).set().ofMinSize(1).ofMaxSize(2);
    }

    @Provide
    Arbitrary<List<Expert>> experts() {
        Arbitrary<Expert> expert = Combinators.combine(
                Arbitraries.doubles().between(40.5, 43.5), Arbitraries.doubles().between(-89.0, -86.0),
                Arbitraries.doubles().between(5, 150), Arbitraries.of(SKILLS).set().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 4), Arbitraries.of(true, false))
                .as((lat, lon, radius, skills, capacity, active, available) -> {
                    GeoPoint home = new GeoPoint(lat, lon);
                    return new Expert("e", "E", "+13125550100", "e@x.example", skills, home,
                            new ServiceArea(home, radius), capacity, available, Math.min(active, capacity), 1);
                });
        return expert.list().ofMaxSize(30).map(list -> {
            List<Expert> named = new java.util.ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Expert e = list.get(i);
                named.add(new Expert("exp-" + i, e.name(), e.phone(), e.email(), e.skills(), e.homeLocation(),
                        e.serviceArea(), e.capacity(), e.available(), e.activeTickets(), e.version()));
            }
            return named;
        });
    }
}
