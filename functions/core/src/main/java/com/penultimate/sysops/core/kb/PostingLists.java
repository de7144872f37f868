package com.penultimate.sysops.core.kb;

import java.util.List;
import java.util.Map;

/** The posting lists of some terms, read together with the corpus statistics that rank them. */
public record PostingLists(CorpusStatistics statistics, Map<String, List<Posting>> byTerm) {

    public PostingLists {
        byTerm = Map.copyOf(byTerm);
    }

    public List<Posting> of(String term) {
        return byTerm.getOrDefault(term, List.of());
    }
}
