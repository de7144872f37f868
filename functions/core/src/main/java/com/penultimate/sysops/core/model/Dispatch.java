package com.penultimate.sysops.core.model;

import com.penultimate.sysops.core.matching.AssignmentExplanation;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Sending an expert to a ticket: who holds it now (reserved), how many offers were made, who is excluded
 * after declining or letting an offer time out, the workflow's task token while it waits on the expert,
 * and why the expert was chosen.
 */
public record Dispatch(String expertId, int offers, Set<String> excludedExperts, String taskToken,
                       AssignmentExplanation explanation, Instant offeredAt) {

    public static final Dispatch NONE = new Dispatch(null, 0, Set.of(), null, null, null);

    public Dispatch {
        excludedExperts = Set.copyOf(excludedExperts);
    }

    /** The expert is reserved for the ticket: one more offer. */
    public Dispatch reserved(String expert, AssignmentExplanation why, Instant at) {
        return new Dispatch(expert, offers + 1, excludedExperts, null, why, at);
    }

    public Dispatch waitingOn(String token) {
        return new Dispatch(expertId, offers, excludedExperts, token, explanation, offeredAt);
    }

    /** The expert let go (declined, timed out, or the ticket escalated); a decline or timeout also excludes them. */
    public Dispatch released(boolean exclude) {
        Set<String> excluded = new HashSet<>(excludedExperts);
        if (exclude && expertId != null) {
            excluded.add(expertId);
        }
        return new Dispatch(null, offers, excluded, null, explanation, null);
    }
}
