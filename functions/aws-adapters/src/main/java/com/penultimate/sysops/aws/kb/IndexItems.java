package com.penultimate.sysops.aws.kb;

import static com.penultimate.sysops.aws.kb.Attributes.counts;
import static com.penultimate.sysops.aws.kb.Attributes.n;
import static com.penultimate.sysops.aws.kb.Attributes.number;
import static com.penultimate.sysops.aws.kb.Attributes.strings;

import com.penultimate.sysops.core.kb.ArticleField;
import com.penultimate.sysops.core.kb.CorpusStatistics;
import com.penultimate.sysops.core.kb.FieldCounts;
import com.penultimate.sysops.core.kb.IndexedArticle;
import com.penultimate.sysops.core.kb.Posting;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Postings, the per-article index record and the corpus statistics as items (see {@link KbTable}). */
final class IndexItems {
    static final String ARTICLES = "articles";

    private IndexItems() {
    }

    static Map<String, AttributeValue> posting(Posting posting) {
        Map<String, AttributeValue> item = new HashMap<>(KbTable.key(KbTable.term(posting.term()), posting.articleId()));
        item.put("tf", counts(posting.frequencies()));
        item.put("lengths", counts(posting.lengths()));
        item.put("products", strings(posting.products()));
        return Map.copyOf(item);
    }

    static Posting posting(String term, Map<String, AttributeValue> item) {
        return new Posting(term, item.get(KbTable.SK).s(), counts(item, "tf"), counts(item, "lengths"),
                strings(item, "products"));
    }

    /** The index's record of which version of an article it holds and with which terms. */
    static Map<String, AttributeValue> indexed(IndexedArticle article) {
        Map<String, AttributeValue> item = new HashMap<>(KbTable.key(KbTable.article(article.articleId()),
                KbTable.INDEXED));
        item.put("indexedVersion", n(article.version()));
        item.put("lengths", counts(article.lengths()));
        item.put("products", strings(article.products()));
        if (!article.termFrequencies().isEmpty()) {
            item.put("terms", strings(article.termFrequencies().keySet()));
        }
        return Map.copyOf(item);
    }

    /** What a stored index record says: the version, its terms and its field lengths. */
    record Indexed(long version, Set<String> terms, FieldCounts lengths) {
        static Indexed of(Map<String, AttributeValue> item) {
            return new Indexed(number(item, "indexedVersion"), strings(item, "terms"), counts(item, "lengths"));
        }
    }

    /** The attribute holding a field's total length in the statistics item, e.g. {@code titleLength}. */
    static String totalLength(ArticleField field) {
        return Attributes.name(field) + "Length";
    }

    static CorpusStatistics statistics(Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return CorpusStatistics.EMPTY;
        }
        EnumMap<ArticleField, Long> totals = new EnumMap<>(ArticleField.class);
        for (ArticleField field : ArticleField.values()) {
            AttributeValue total = item.get(totalLength(field));
            totals.put(field, total == null ? 0 : Long.parseLong(total.n()));
        }
        AttributeValue articles = item.get(ARTICLES);
        return new CorpusStatistics(articles == null ? 0 : Long.parseLong(articles.n()), new FieldCounts(totals));
    }
}
