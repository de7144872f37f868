package com.penultimate.sysops.core.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.WordTextAnalyzer;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    private final Snippets snippets = new Snippets(new WordTextAnalyzer());

    private static Article article(String problem, String solution) {
        return Article.first("KB1", new ArticleDraft("Title", problem, solution, Set.of("TV"), Set.of()), "e",
                Fixtures.NOW);
    }

    @Test
    void of_picksTheSentenceWithTheMostDistinctMatchedTerms() {
        Article article = article("The TV is silent. Sound drops when the soundbar is on HDMI.",
                "Check the cable. Replace the HDMI cable and the sound returns.");

        Snippet snippet = snippets.of(article, Set.of("sound", "hdmi", "cable"));

        assertThat(snippet).isEqualTo(new Snippet(ArticleField.SOLUTION,
                "Replace the «HDMI» «cable» and the «sound» returns."));
    }

    @Test
    void of_prefersTheProblemWhenBothMatchEqually() {
        Article article = article("Speakers crackle.", "Reseat the speakers.");

        assertThat(snippets.of(article, Set.of("speaker")))
                .isEqualTo(new Snippet(ArticleField.PROBLEM, "«Speakers» crackle."));
    }

    @Test
    void of_withoutAMatchFallsBackToTheProblemsFirstSentence() {
        Article article = article("Screen flickers. Only at night.", "Lower the brightness.");

        assertThat(snippets.of(article, Set.of("remote"))).isEqualTo(new Snippet(ArticleField.PROBLEM,
                "Screen flickers."));
    }

    @Test
    void of_shortensALongSentenceAroundTheFirstMatch() {
        String filler = "word ".repeat(80);
        Article article = article(filler + "the fan rattles " + filler + ".", "Clean it.");

        String text = snippets.of(article, Set.of("fan")).text();

        assertThat(text).startsWith("…").endsWith("…").contains("«fan»")
                .hasSizeLessThanOrEqualTo(Snippets.MAX_LENGTH + 2);
    }
}
