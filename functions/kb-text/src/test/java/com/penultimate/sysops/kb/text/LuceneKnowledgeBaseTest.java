package com.penultimate.sysops.kb.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.InMemoryArticleRepository;
import com.penultimate.sysops.core.fake.InMemorySearchIndex;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.kb.ArticleDraft;
import com.penultimate.sysops.core.kb.KnowledgeBase;
import com.penultimate.sysops.core.kb.SearchHit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LuceneKnowledgeBaseTest {
    private static final Caller EXPERT = Fixtures.caller("exp-1", Role.EXPERT);
    private final AtomicInteger ids = new AtomicInteger();
    private final KnowledgeBase kb = new KnowledgeBase(new InMemoryArticleRepository(), new InMemorySearchIndex(),
            LuceneTextAnalyzer.english(), prefix -> prefix + ids.incrementAndGet(), Fixtures.clock());

    private void add(String title, String problem, String solution) {
        kb.add(EXPERT, new ArticleDraft(title, problem, solution, Set.of("TV-OLED55"), Set.of()));
    }

    @Test
    void search_findsAnArticleWrittenInOtherWordsOfTheSameMeaning() {
        add("Laptop fan is loud", "The notebook's fan roars under load.", "Clean the vents.");
        add("Television has no audio", "Picture is fine but the speakers stay silent.",
                "Select the internal speakers in the audio output menu.");

        SearchHit first = kb.search(EXPERT, "tv no sound", null, 5).hits().get(0);

        assertThat(first.title()).isEqualTo("Television has no audio");
        assertThat(first.snippet().text()).isEqualTo("Select the internal speakers in the «audio» output menu.");
    }

    @Test
    void search_meetsInflectionsAndAccents() {
        add("Écran qui scintille: screen flickering", "The screen flickers on dark scenes.", "Disable dimming.");

        assertThat(kb.search(EXPERT, "ecran flicker", null, 5).hits()).extracting(SearchHit::articleId)
                .containsExactly("KB1");
    }
}
