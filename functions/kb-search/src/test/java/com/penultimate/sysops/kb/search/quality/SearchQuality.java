package com.penultimate.sysops.kb.search.quality;

import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.kb.ArticleRepository;
import com.penultimate.sysops.core.kb.KnowledgeBase;
import com.penultimate.sysops.core.kb.SearchHit;
import com.penultimate.sysops.core.kb.SearchIndex;
import com.penultimate.sysops.core.kb.TextAnalyzer;
import com.penultimate.sysops.kb.search.quality.CorpusFiles.CorpusArticle;
import com.penultimate.sysops.kb.search.quality.CorpusFiles.RelevanceQuery;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Loads the corpus into a knowledge base through its use case and measures its answers to the query set. */
final class SearchQuality {
    static final int RESULTS = 10;
    private static final Caller AUTHOR = new Caller("kb-author", Set.of(Role.EXPERT));
    private static final Caller READER = new Caller("kb-reader", Set.of(Role.EXPERT));

    private final KnowledgeBase kb;

    private SearchQuality(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** A knowledge base on the given store holding every corpus article under its corpus id. */
    static SearchQuality load(ArticleRepository articles, SearchIndex index, TextAnalyzer analyzer,
                              List<CorpusArticle> corpus) {
        Iterator<String> ids = corpus.stream().map(CorpusArticle::articleId).iterator();
        KnowledgeBase kb = new KnowledgeBase(articles, index, analyzer, prefix -> ids.next(), Clock.systemUTC());
        corpus.forEach(article -> kb.add(AUTHOR, article.draft()));
        return new SearchQuality(kb);
    }

    /** A knowledge base on a store that already holds the corpus. */
    static SearchQuality on(ArticleRepository articles, SearchIndex index, TextAnalyzer analyzer) {
        return new SearchQuality(new KnowledgeBase(articles, index, analyzer, prefix -> {
            throw new IllegalStateException("measuring only reads");
        }, Clock.systemUTC()));
    }

    QualityReport run(List<RelevanceQuery> queries) {
        return new QualityReport(queries.stream().map(this::ask).toList());
    }

    QueryOutcome ask(RelevanceQuery query) {
        long start = System.nanoTime();
        List<SearchHit> hits = kb.search(READER, query.query(), query.product(), RESULTS).hits();
        long nanos = System.nanoTime() - start;
        return new QueryOutcome(query, hits.stream().map(SearchHit::articleId).toList(), nanos);
    }
}
