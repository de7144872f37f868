package com.penultimate.sysops.core.kb;

import java.util.Set;

/** One ranked search result: enough of the article to choose it, and the passage that matched. */
public record SearchHit(String articleId, String title, Set<String> products, Set<String> tags, long version,
                        double score, Snippet snippet) {

    public SearchHit {
        products = Set.copyOf(products);
        tags = Set.copyOf(tags);
    }
}
