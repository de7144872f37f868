package com.penultimate.sysops.core.kb;

import static com.penultimate.sysops.core.fake.Fixtures.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.ForbiddenException;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.InMemoryArticleRepository;
import com.penultimate.sysops.core.fake.InMemorySearchIndex;
import com.penultimate.sysops.core.fake.WordTextAnalyzer;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
    private static final Caller EXPERT = caller("exp-1", Role.EXPERT);
    private static final Caller OTHER_EXPERT = caller("exp-2", Role.EXPERT);
    private static final Caller CUSTOMER = Fixtures.customer("cust-1");

    private final InMemoryArticleRepository articles = new InMemoryArticleRepository();
    private final InMemorySearchIndex index = new InMemorySearchIndex();
    private final AtomicInteger sequence = new AtomicInteger();
    private final KnowledgeBase kb = new KnowledgeBase(articles, index, new WordTextAnalyzer(),
            prefix -> prefix + sequence.incrementAndGet(), Fixtures.clock());

    static ArticleDraft draft(String title, String problem, String solution, String... products) {
        return new ArticleDraft(title, problem, solution, Set.of(products), Set.of("audio"));
    }

    private static ArticleDraft noSound() {
        return draft("TV has picture but no sound", "The picture is fine but the speakers are silent.",
                "Set the audio output to TV speakers and turn off HDMI ARC.", "TV-OLED55");
    }

    @Test
    void add_storesVersionOneByTheExpertAndMakesItSearchableAtOnce() {
        Article added = kb.add(EXPERT, noSound());

        assertThat(added.articleId()).isEqualTo("KB1");
        assertThat(added.version()).isEqualTo(1);
        assertThat(added.author()).isEqualTo("exp-1");
        assertThat(added.createdAt()).isEqualTo(Fixtures.NOW);
        assertThat(kb.search(CUSTOMER, "silent speakers", null, 10).hits())
                .extracting(SearchHit::articleId).containsExactly("KB1");
    }

    @Test
    void add_isRefusedToCustomersAndManagers() {
        assertThatThrownBy(() -> kb.add(CUSTOMER, noSound())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> kb.add(caller("m", Role.MANAGER), noSound())).isInstanceOf(ForbiddenException.class);
        assertThat(articles.find("KB1")).isEmpty();
    }

    @Test
    void add_reportsEveryMissingField() {
        ArticleDraft empty = new ArticleDraft(" ", null, "", Set.of(), Set.of("bad/tag"));

        assertThatThrownBy(() -> kb.add(EXPERT, empty)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("title", "problem", "solution", "products", "tags[]"));
    }

    @Test
    void edit_keepsThePreviousTextAsAnEarlierVersion() {
        Article first = kb.add(EXPERT, noSound());

        Article second = kb.edit(OTHER_EXPERT, first.articleId(), 1,
                draft("TV silent on HDMI", "No sound over HDMI.", "Update the TV firmware.", "TV-OLED55"));

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.author()).isEqualTo("exp-1");
        assertThat(second.editedBy()).isEqualTo("exp-2");
        assertThat(kb.versions(CUSTOMER, first.articleId())).extracting(Article::version, Article::title)
                .containsExactly(tuple(1L, "TV has picture but no sound"),
                        tuple(2L, "TV silent on HDMI"));
    }

    @Test
    void edit_replacesTheIndexedTextSoOldWordsNoLongerMatch() {
        Article first = kb.add(EXPERT, noSound());

        kb.edit(EXPERT, first.articleId(), 1,
                draft("Remote control unresponsive", "Buttons do nothing.", "Replace the batteries.", "TV-OLED55"));

        assertThat(kb.search(EXPERT, "speakers", null, 10).hits()).isEmpty();
        assertThat(kb.search(EXPERT, "batteries", null, 10).hits()).hasSize(1);
    }

    @Test
    void edit_ofAStaleVersionIsAConflictAndChangesNothing() {
        Article first = kb.add(EXPERT, noSound());
        kb.edit(EXPERT, first.articleId(), 1, draft("Edited", "p", "s", "TV-OLED55"));

        assertThatThrownBy(() -> kb.edit(OTHER_EXPERT, first.articleId(), 1, draft("Mine", "p", "s", "TV-OLED55")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version 2");
        assertThat(kb.get(CUSTOMER, first.articleId()).title()).isEqualTo("Edited");
    }

    @Test
    void edit_sentTwiceReturnsTheVersionTheFirstOneMade() {
        Article first = kb.add(EXPERT, noSound());
        ArticleDraft edit = draft("Edited", "p", "s", "TV-OLED55");
        Article made = kb.edit(EXPERT, first.articleId(), 1, edit);

        assertThat(kb.edit(EXPERT, first.articleId(), 1, edit)).isEqualTo(made);
        assertThat(kb.versions(EXPERT, first.articleId())).hasSize(2);
    }

    @Test
    void edit_ofAnUnknownArticleIsNotFound() {
        assertThatThrownBy(() -> kb.edit(EXPERT, "KB404", 1, noSound())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void get_andVersions_ofAnUnknownArticleAreNotFound() {
        assertThatThrownBy(() -> kb.get(CUSTOMER, "KB404")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> kb.versions(CUSTOMER, "KB404")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void search_isOpenToEverySignedInRoleButNotToACallerWithoutOne() {
        kb.add(EXPERT, noSound());

        for (Role role : Role.values()) {
            assertThat(kb.search(caller("u", role), "sound", null, 5).hits()).hasSize(1);
        }
        assertThatThrownBy(() -> kb.search(new Caller("u", Set.of()), "sound", null, 5))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void search_ranksTheArticleAboutTheQueryFirst() {
        kb.add(EXPERT, draft("Laptop battery drains fast", "Battery lasts an hour.",
                "Lower screen brightness; check the sound driver is not stuck.", "LAPTOP-X1"));
        Article tv = kb.add(EXPERT, noSound());

        assertThat(kb.search(EXPERT, "tv no sound", null, 10).hits()).first()
                .extracting(SearchHit::articleId).isEqualTo(tv.articleId());
    }

    @Test
    void search_filtersByProduct() {
        kb.add(EXPERT, noSound());
        Article soundbar = kb.add(EXPERT, draft("Soundbar has no sound", "Silent soundbar.", "Reset it.",
                "SOUNDBAR-500"));

        assertThat(kb.search(EXPERT, "sound", "SOUNDBAR-500", 10).hits())
                .extracting(SearchHit::articleId).containsExactly(soundbar.articleId());
    }

    @Test
    void search_returnsAtMostLimitHits() {
        for (int i = 0; i < 5; i++) {
            kb.add(EXPERT, noSound());
        }

        assertThat(kb.search(EXPERT, "sound", null, 3).hits()).hasSize(3);
    }

    @Test
    void search_ofOnlyStopWordsFindsNothingAndReadsNoIndex() {
        kb.add(EXPERT, noSound());

        SearchResults results = kb.search(EXPERT, "the and no", null, 10);

        assertThat(results.terms()).isEmpty();
        assertThat(results.hits()).isEmpty();
        assertThat(index.searches()).isEmpty();
    }

    @Test
    void search_readsEachDistinctTermOnce() {
        kb.add(EXPERT, noSound());

        kb.search(EXPERT, "sound Sound SOUND speakers", null, 10);

        assertThat(index.searches()).containsExactly(Set.of("sound", "speaker"));
    }

    @Test
    void search_givesASnippetWithTheMatchedWordsEmphasised() {
        kb.add(EXPERT, noSound());

        SearchHit hit = kb.search(EXPERT, "hdmi arc", null, 10).hits().get(0);

        assertThat(hit.snippet()).isEqualTo(new Snippet(ArticleField.SOLUTION,
                "Set the audio output to TV speakers and turn off «HDMI» «ARC»."));
    }

    @Test
    void search_rejectsBadInput() {
        assertThatThrownBy(() -> kb.search(EXPERT, " ", "bad product!", 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("q", "product", "limit"));
    }
}
