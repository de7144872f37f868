package com.penultimate.sysops.core.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Bm25RankingTest {
    private final Bm25Ranking ranking = Bm25Ranking.standard();

    private static FieldCounts counts(long title, long problem, long tags, long solution) {
        return counts(title, problem, 0, tags, solution);
    }

    private static FieldCounts counts(long title, long problem, long products, long tags, long solution) {
        EnumMap<ArticleField, Long> map = new EnumMap<>(ArticleField.class);
        map.put(ArticleField.TITLE, title);
        map.put(ArticleField.PROBLEM, problem);
        map.put(ArticleField.PRODUCTS, products);
        map.put(ArticleField.TAGS, tags);
        map.put(ArticleField.SOLUTION, solution);
        return new FieldCounts(map);
    }

    private static final FieldCounts LENGTHS = counts(5, 20, 2, 40);

    private static Posting posting(String term, String id, FieldCounts tf, FieldCounts lengths) {
        return new Posting(term, id, tf, lengths, Set.of("TV"));
    }

    private static PostingLists lists(long articles, Map<String, List<Posting>> byTerm) {
        return new PostingLists(new CorpusStatistics(articles, counts(5 * articles, 20 * articles, 2 * articles,
                40 * articles)), byTerm);
    }

    @Test
    void rank_weighsATitleMatchAboveTheSameMatchInTheSolution() {
        PostingLists lists = lists(10, Map.of("sound", List.of(
                posting("sound", "in-solution", counts(0, 0, 0, 1), LENGTHS),
                posting("sound", "in-title", counts(1, 0, 0, 0), LENGTHS))));

        assertThat(ranking.rank(lists, Set.of("sound"), null)).extracting(RankedArticle::articleId)
                .containsExactly("in-title", "in-solution");
    }

    @Test
    void rank_followsTheFieldBoostOrder() {
        PostingLists lists = lists(10, Map.of("hdmi", List.of(
                posting("hdmi", "d-solution", counts(0, 0, 0, 1), LENGTHS),
                posting("hdmi", "c-tags", counts(0, 0, 1, 0), LENGTHS),
                posting("hdmi", "b-problem", counts(0, 1, 0, 0), LENGTHS),
                posting("hdmi", "a-title", counts(1, 0, 0, 0), LENGTHS))));

        assertThat(ranking.rank(lists, Set.of("hdmi"), null)).extracting(RankedArticle::articleId)
                .containsExactly("a-title", "b-problem", "c-tags", "d-solution");
    }

    @Test
    void rank_valuesARareTermAboveACommonOne() {
        List<Posting> common = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            common.add(posting("tv", "common-" + i, counts(0, 1, 0, 0), LENGTHS));
        }
        common.add(posting("tv", "both", counts(0, 1, 0, 0), LENGTHS));
        PostingLists lists = lists(10, Map.of("tv", common,
                "flicker", List.of(posting("flicker", "rare", counts(0, 1, 0, 0), LENGTHS))));

        List<RankedArticle> ranked = ranking.rank(lists, Set.of("tv", "flicker"), null);

        assertThat(ranked.get(0).articleId()).isEqualTo("rare");
        assertThat(ranked.get(0).matchedTerms()).containsExactly("flicker");
    }

    @Test
    void rank_prefersTheShorterFieldForTheSameFrequency() {
        PostingLists lists = lists(10, Map.of("fan", List.of(
                posting("fan", "long", counts(0, 1, 0, 0), counts(5, 80, 2, 40)),
                posting("fan", "short", counts(0, 1, 0, 0), counts(5, 10, 2, 40)))));

        assertThat(ranking.rank(lists, Set.of("fan"), null)).extracting(RankedArticle::articleId)
                .containsExactly("short", "long");
    }

    @Test
    void rank_saturatesRepeatedWords() {
        PostingLists lists = lists(10, Map.of("fan", List.of(posting("fan", "a", counts(0, 1, 0, 0), LENGTHS)),
                "noise", List.of(posting("noise", "a", counts(0, 1, 0, 0), LENGTHS),
                        posting("noise", "b", counts(0, 30, 0, 0), LENGTHS))));

        assertThat(ranking.rank(lists, Set.of("fan", "noise"), null)).extracting(RankedArticle::articleId)
                .containsExactly("a", "b");
    }

    @Test
    void rank_favoursTheArticleForTheProductTheQueryNames() {
        PostingLists lists = lists(10, Map.of(
                "tv", List.of(posting("tv", "console-through-tv", counts(1, 1, 0, 0, 0), LENGTHS),
                        posting("tv", "tv-article", counts(1, 0, 1, 0, 0), LENGTHS)),
                "sound", List.of(posting("sound", "console-through-tv", counts(1, 1, 0, 0, 0), LENGTHS),
                        posting("sound", "tv-article", counts(1, 0, 0, 0, 0), LENGTHS))));

        assertThat(ranking.rank(lists, Set.of("tv", "sound"), null)).extracting(RankedArticle::articleId)
                .containsExactly("tv-article", "console-through-tv");
    }

    @Test
    void rank_leavesOutArticlesOfOtherProducts() {
        PostingLists lists = lists(10, Map.of("sound", List.of(
                new Posting("sound", "tv", counts(1, 0, 0, 0), LENGTHS, Set.of("TV-OLED55")),
                new Posting("sound", "bar", counts(1, 0, 0, 0), LENGTHS, Set.of("SOUNDBAR-500")))));

        assertThat(ranking.rank(lists, Set.of("sound"), "soundbar-500")).extracting(RankedArticle::articleId)
                .containsExactly("bar");
    }

    @Test
    void rank_ofAnEmptyIndexIsEmpty() {
        assertThat(ranking.rank(new PostingLists(CorpusStatistics.EMPTY, Map.of()), Set.of("tv"), null)).isEmpty();
    }
}
