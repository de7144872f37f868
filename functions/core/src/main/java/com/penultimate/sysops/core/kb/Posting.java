package com.penultimate.sysops.core.kb;

import java.util.Set;

/**
 * One article in a term's posting list: the term's frequency per field, the article's field lengths and its
 * products — all that ranking and product filtering need.
 */
public record Posting(String term, String articleId, FieldCounts frequencies, FieldCounts lengths,
                      Set<String> products) {

    public Posting {
        products = Set.copyOf(products);
    }

    public boolean covers(String product) {
        return products.stream().anyMatch(p -> p.equalsIgnoreCase(product));
    }
}
