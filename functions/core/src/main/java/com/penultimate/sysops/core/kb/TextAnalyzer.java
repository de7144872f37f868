package com.penultimate.sysops.core.kb;

import java.util.List;

/**
 * Turns text into search terms: the same analysis for articles and queries, so that "Speakers" in a query
 * meets "speaker" in an article. Implementations stem, drop stop words and fold case and accents.
 */
public interface TextAnalyzer {

    /** The terms of {@code text} in order, each with the place of the word it came from. */
    List<AnalyzedToken> tokens(String text);

    /** The terms of {@code text} in order, repeats kept. */
    default List<String> terms(String text) {
        return tokens(text).stream().map(AnalyzedToken::term).toList();
    }
}
