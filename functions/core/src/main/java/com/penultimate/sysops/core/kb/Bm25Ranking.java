package com.penultimate.sysops.core.kb;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * BM25F relevance over the text fields: per term, the field frequencies are normalised by each field's length
 * against its average, weighted by the field's boost, summed, and then saturated once with {@code k1}; the
 * result is weighted by the term's inverse document frequency. Saturating after the sum keeps an article that
 * repeats a word in every field from outscoring one that is plainly about it.
 *
 * <p>A term naming one of the article's products ("tv" for TV-OLED55) is other evidence: what the article is
 * for, not how often it says a word. It adds the products boost (times the idf) on top, unsaturated, so "tv no
 * sound" prefers the silent-TV articles to a console article that says "sound" and "TV" as often.
 */
public final class Bm25Ranking {
    private final double k1;
    private final double b;
    private final Map<ArticleField, Double> boosts;

    public Bm25Ranking(double k1, double b, Map<ArticleField, Double> boosts) {
        this.k1 = k1;
        this.b = b;
        this.boosts = Map.copyOf(boosts);
    }

    /** The usual parameters, k1 = 1.2 and b = 0.75, with each field's {@link ArticleField#boost()}. */
    public static Bm25Ranking standard() {
        return new Bm25Ranking(1.2, 0.75, Arrays.stream(ArticleField.values())
                .collect(Collectors.toMap(Function.identity(), ArticleField::boost)));
    }

    /**
     * The articles matching at least one term (of {@code product}, when not null), best first; ties go to the
     * smaller article id so the order is stable.
     */
    public List<RankedArticle> rank(PostingLists lists, Set<String> terms, String product) {
        CorpusStatistics stats = lists.statistics();
        Map<String, Double> scores = new HashMap<>();
        Map<String, Set<String>> matched = new HashMap<>();
        for (String term : terms) {
            List<Posting> postings = lists.of(term);
            double idf = idf(Math.max(stats.articleCount(), postings.size()), postings.size());
            for (Posting posting : postings) {
                if (product != null && !posting.covers(product)) {
                    continue;
                }
                double weighted = weightedFrequency(posting, stats);
                double text = weighted * (k1 + 1) / (weighted + k1);
                double forProduct = posting.frequencies().get(ArticleField.PRODUCTS) > 0
                        ? boosts.getOrDefault(ArticleField.PRODUCTS, 0.0) : 0;
                scores.merge(posting.articleId(), idf * (text + forProduct), Double::sum);
                matched.computeIfAbsent(posting.articleId(), id -> new HashSet<>()).add(term);
            }
        }
        return scores.entrySet().stream()
                .map(e -> new RankedArticle(e.getKey(), e.getValue(), matched.get(e.getKey())))
                .sorted(Comparator.comparingDouble(RankedArticle::score).reversed()
                        .thenComparing(RankedArticle::articleId))
                .toList();
    }

    private double weightedFrequency(Posting posting, CorpusStatistics stats) {
        double sum = 0;
        for (ArticleField field : ArticleField.values()) {
            long tf = posting.frequencies().get(field);
            if (tf > 0 && field != ArticleField.PRODUCTS) {
                double norm = 1 - b + b * posting.lengths().get(field) / stats.averageLength(field);
                sum += boosts.getOrDefault(field, 0.0) * tf / norm;
            }
        }
        return sum;
    }

    /** Robertson–Spärck Jones idf, kept positive by the {@code 1 +}: a term in every article still counts a little. */
    private static double idf(long articleCount, long documentFrequency) {
        return Math.log(1 + (articleCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }
}
