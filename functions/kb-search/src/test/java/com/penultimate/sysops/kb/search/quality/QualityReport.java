package com.penultimate.sysops.kb.search.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Search quality over a query set: mean precision@3, its attainable ceiling, and mean reciprocal rank. */
record QualityReport(List<QueryOutcome> outcomes) {

    double precisionAt3() {
        return mean(QueryOutcome::precisionAt3);
    }

    double attainablePrecisionAt3() {
        return mean(QueryOutcome::attainablePrecisionAt3);
    }

    double meanReciprocalRank() {
        return mean(QueryOutcome::reciprocalRank);
    }

    /** The queries whose first three results hold fewer relevant articles than they could. */
    List<QueryOutcome> shortfalls() {
        return outcomes.stream().filter(o -> o.precisionAt3() < o.attainablePrecisionAt3()).toList();
    }

    /** The search time at percentile {@code p} (0-100), in milliseconds. */
    double latencyMillis(double p) {
        List<Long> sorted = new ArrayList<>(outcomes.stream().map(QueryOutcome::nanos).sorted().toList());
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    String summary() {
        return String.format(Locale.ROOT, "queries=%d precision@3=%.3f (attainable %.3f) MRR=%.3f",
                outcomes.size(), precisionAt3(), attainablePrecisionAt3(), meanReciprocalRank());
    }

    private double mean(ToDoubleFunction<QueryOutcome> metric) {
        return outcomes.stream().mapToDouble(metric).average().orElse(0);
    }
}
