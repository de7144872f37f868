package com.penultimate.sysops.core.kb;

import java.util.Map;
import java.util.Set;

/**
 * What the search index keeps of one article version: for each term, how often it occurs in each field;
 * each field's length in terms; and the products, so a product filter needs no article reads.
 */
public record IndexedArticle(
        String articleId,
        long version,
        Set<String> products,
        FieldCounts lengths,
        Map<String, FieldCounts> termFrequencies) {

    public IndexedArticle {
        products = Set.copyOf(products);
        termFrequencies = Map.copyOf(termFrequencies);
    }

    /** The article's entry in the posting list of {@code term}; the term must occur in the article. */
    public Posting posting(String term) {
        FieldCounts frequencies = termFrequencies.get(term);
        if (frequencies == null) {
            throw new IllegalArgumentException("term " + term + " is not in article " + articleId);
        }
        return new Posting(term, articleId, frequencies, lengths, products);
    }
}
