package com.penultimate.sysops.core.kb;

import java.util.List;

/**
 * The answer to a search: the hits, best first, and the terms the query was analysed into (empty when it held
 * only stop words), so a client can tell why a query found nothing.
 */
public record SearchResults(List<String> terms, List<SearchHit> hits) {

    public SearchResults {
        terms = List.copyOf(terms);
        hits = List.copyOf(hits);
    }
}
