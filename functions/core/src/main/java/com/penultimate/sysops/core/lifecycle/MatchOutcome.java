package com.penultimate.sysops.core.lifecycle;

/**
 * What matching did for a ticket: reserved an expert, or found nobody who passes every work rule.
 *
 * @param outcome  {@code RESERVED} or {@code NO_CANDIDATE}
 * @param expertId the reserved expert, or null
 * @param offers   how many offers the ticket has had, this one included
 */
public record MatchOutcome(String outcome, String expertId, int offers) {
    public static final String RESERVED = "RESERVED";
    public static final String NO_CANDIDATE = "NO_CANDIDATE";

    public static MatchOutcome reserved(String expertId, int offers) {
        return new MatchOutcome(RESERVED, expertId, offers);
    }

    public static MatchOutcome noCandidate(int offers) {
        return new MatchOutcome(NO_CANDIDATE, null, offers);
    }
}
