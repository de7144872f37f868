package com.penultimate.sysops.core.matching;

import com.penultimate.sysops.core.model.GeoPoint;
import java.util.Map;
import java.util.Set;

/**
 * What matching needs to know about a ticket.
 *
 * @param location        where the expert must go
 * @param requiredSkills  the skills of the ticket's product
 * @param excluded        experts who declined it or let its offer time out
 * @param preferredExpert the customer's preferred expert, or null
 * @param ratings         past average survey rating (1..5) per expert, where known
 */
public record MatchRequest(GeoPoint location, Set<String> requiredSkills, Set<String> excluded,
                           String preferredExpert, Map<String, Double> ratings) {
    public MatchRequest {
        requiredSkills = Set.copyOf(requiredSkills);
        excluded = Set.copyOf(excluded);
        ratings = Map.copyOf(ratings);
    }
}
