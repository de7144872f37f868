package com.penultimate.sysops.kb.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.core.kb.AnalyzedToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class LuceneTextAnalyzerTest {
    private static final LuceneTextAnalyzer ANALYZER = LuceneTextAnalyzer.english();

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    @Test
    void terms_areLowerCasedStemmedAndFreeOfStopWords() {
        assertThat(ANALYZER.terms("The Speakers are CRACKLING and the fans keep spinning"))
                .containsExactly("speaker", "crackl", "fan", "keep", "spin");
    }

    @Test
    void terms_dropTheWordsOfAQuestion() {
        assertThat(ANALYZER.terms("How do I fix my TV that has no sound?")).containsExactly("fix", "tv", "sound");
    }

    @Test
    void terms_foldAccentsToAscii() {
        assertThat(ANALYZER.terms("Café déjà-vu naïve")).containsExactly("cafe", "deja", "vu", "naiv");
    }

    @Test
    void terms_dropPossessives() {
        assertThat(ANALYZER.terms("the router's lights")).containsExactly("router", "light");
    }

    @Test
    void terms_meetAcrossInflections() {
        assertThat(ANALYZER.terms("connection connected connecting")).containsOnly("connect");
        assertThat(ANALYZER.terms("overheats overheating overheated")).containsOnly("overheat");
    }

    @Test
    void terms_joinHyphenatedSpellings() {
        assertThat(ANALYZER.terms("Wi-Fi drops")).isEqualTo(ANALYZER.terms("WiFi drops"));
        assertThat(ANALYZER.terms("re-pair the remote")).isEqualTo(ANALYZER.terms("repair the remote"));
    }

    @Test
    void terms_mapSynonymsOntoOneTerm() {
        assertThat(ANALYZER.terms("television audio")).isEqualTo(ANALYZER.terms("TV sound"));
        assertThat(ANALYZER.terms("televisions")).isEqualTo(ANALYZER.terms("tv"));
        assertThat(ANALYZER.terms("notebooks smartphones")).containsExactly("laptop", "phone");
    }

    @Test
    void withoutSynonyms_keepsSynonymsApart() {
        try (LuceneTextAnalyzer plain = LuceneTextAnalyzer.withoutSynonyms()) {
            assertThat(plain.terms("television audio")).containsExactly("televis", "audio");
        }
    }

    @Test
    void tokens_pointAtTheWordsInTheOriginalText() {
        String text = "Re-pair the Télé's remote";

        assertThat(ANALYZER.tokens(text)).extracting(t -> text.substring(t.start(), t.end()))
                .containsExactly("Re-pair", "Télé's", "remote");
        assertThat(ANALYZER.tokens(text)).extracting(AnalyzedToken::term).containsExactly("repair", "tele", "remot");
    }

    @Test
    void tokens_ofBlankTextAreNone() {
        assertThat(ANALYZER.tokens("  ")).isEmpty();
        assertThat(ANALYZER.tokens("the and of")).isEmpty();
    }
}
