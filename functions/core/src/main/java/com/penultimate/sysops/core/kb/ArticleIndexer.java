package com.penultimate.sysops.core.kb;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Analyses each searchable field of an article into what the index keeps of it. */
public final class ArticleIndexer {
    private final TextAnalyzer analyzer;

    public ArticleIndexer(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public IndexedArticle index(Article article) {
        Map<String, FieldCounts> frequencies = new HashMap<>();
        EnumMap<ArticleField, Long> lengths = new EnumMap<>(ArticleField.class);
        for (ArticleField field : ArticleField.values()) {
            var terms = analyzer.terms(article.text(field));
            lengths.put(field, (long) terms.size());
            terms.forEach(term -> frequencies.merge(term, FieldCounts.NONE.plusOne(field),
                    (counts, one) -> counts.plusOne(field)));
        }
        return new IndexedArticle(article.articleId(), article.version(), article.products(),
                new FieldCounts(lengths), frequencies);
    }
}
