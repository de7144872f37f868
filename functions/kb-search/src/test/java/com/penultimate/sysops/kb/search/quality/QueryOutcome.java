package com.penultimate.sysops.kb.search.quality;

import com.penultimate.sysops.kb.search.quality.CorpusFiles.RelevanceQuery;
import java.util.List;

/** What one query returned (article ids, best first) and how long the search took. */
record QueryOutcome(RelevanceQuery query, List<String> found, long nanos) {
    static final int CUTOFF = 3;

    /** The share of the first three results that are relevant. */
    double precisionAt3() {
        return found.stream().limit(CUTOFF).filter(query.relevant()::contains).count() / (double) CUTOFF;
    }

    /** The best precision@3 this query allows: it has fewer than three relevant articles. */
    double attainablePrecisionAt3() {
        return Math.min(CUTOFF, query.relevant().size()) / (double) CUTOFF;
    }

    /** 1 / the rank of the first relevant result, 0 if none was returned. */
    double reciprocalRank() {
        for (int rank = 1; rank <= found.size(); rank++) {
            if (query.relevant().contains(found.get(rank - 1))) {
                return 1.0 / rank;
            }
        }
        return 0;
    }
}
