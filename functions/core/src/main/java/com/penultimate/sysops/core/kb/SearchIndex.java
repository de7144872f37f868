package com.penultimate.sysops.core.kb;

import java.util.Set;

/**
 * An inverted index of articles that every reader sees current: once {@link #index} returns, searches
 * find the new text and no longer find the old.
 */
public interface SearchIndex {

    /**
     * Makes {@code article} the indexed version of its article: its postings replace the previous version's
     * (terms no longer present are removed) and the corpus statistics follow. Indexing a version older than the
     * indexed one changes nothing; indexing the same version again completes an indexing that was cut short.
     */
    void index(IndexedArticle article);

    /** The posting lists of the terms (each term's list may be empty) and the current corpus statistics. */
    PostingLists search(Set<String> terms);
}
