package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.kb.CorpusStatistics;
import com.penultimate.sysops.core.kb.FieldCounts;
import com.penultimate.sysops.core.kb.IndexedArticle;
import com.penultimate.sysops.core.kb.Posting;
import com.penultimate.sysops.core.kb.PostingLists;
import com.penultimate.sysops.core.kb.SearchIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link SearchIndex} in memory, keeping one indexed version per article (older versions are ignored, as
 * the real one ignores them). Statistics are computed from what is indexed.
 */
public final class InMemorySearchIndex implements SearchIndex {
    private final Map<String, IndexedArticle> indexed = new HashMap<>();
    private final List<Set<String>> searches = new ArrayList<>();

    @Override
    public synchronized void index(IndexedArticle article) {
        IndexedArticle current = indexed.get(article.articleId());
        if (current == null || current.version() <= article.version()) {
            indexed.put(article.articleId(), article);
        }
    }

    @Override
    public synchronized PostingLists search(Set<String> terms) {
        searches.add(Set.copyOf(terms));
        Map<String, List<Posting>> byTerm = new HashMap<>();
        for (String term : terms) {
            byTerm.put(term, indexed.values().stream().filter(a -> a.termFrequencies().containsKey(term))
                    .sorted(Comparator.comparing(IndexedArticle::articleId)).map(a -> a.posting(term)).toList());
        }
        return new PostingLists(statistics(), byTerm);
    }

    /** The term sets searched so far, oldest first. */
    public synchronized List<Set<String>> searches() {
        return List.copyOf(searches);
    }

    private CorpusStatistics statistics() {
        FieldCounts total = FieldCounts.NONE;
        for (IndexedArticle article : indexed.values()) {
            total = total.plus(article.lengths());
        }
        return new CorpusStatistics(indexed.size(), total);
    }
}
