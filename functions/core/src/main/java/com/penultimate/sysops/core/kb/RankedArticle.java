package com.penultimate.sysops.core.kb;

import java.util.Set;

/** An article's relevance to a query, and which query terms it matched. */
public record RankedArticle(String articleId, double score, Set<String> matchedTerms) {

    public RankedArticle {
        matchedTerms = Set.copyOf(matchedTerms);
    }
}
