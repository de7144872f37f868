package com.penultimate.sysops.core.port;

import java.util.Collection;
import java.util.Map;

/**
 * The experts' past survey ratings, kept as running sums that each answered survey adds to (see
 * {@code SurveyRepository#recordAnswer}). Matching reads them for its SATISFACTION objective.
 */
public interface ExpertRatings {

    /** The average rating (1..5) of those of the experts who have been rated at least once. */
    Map<String, Double> averages(Collection<String> expertIds);
}
