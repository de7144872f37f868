package com.penultimate.sysops.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.ForbiddenException;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.kb.Article;
import com.penultimate.sysops.core.kb.ArticleDraft;
import com.penultimate.sysops.core.kb.KnowledgeBase;
import com.penultimate.sysops.core.fake.WordTextAnalyzer;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.IdGenerator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Completing a ticket with notes and, optionally, a new knowledge-base article; drafting one from the ticket. */
class CompletionTest {
    private static final CompletionArticle ARTICLE = new CompletionArticle("No sound after a power cut",
            "The TV shows a picture but plays no sound on any input.",
            "Replace the audio board fuse F201 (2A slow-blow) and reset the audio settings.",
            new LinkedHashSet<>(List.of("audio", "fuse")));

    private final LifecycleWorld world = new LifecycleWorld();
    private String ticketId;

    @BeforeEach
    void acceptedTicketWaitingForCompletion() {
        world.expert("near", Fixtures.CHICAGO, 1);
        Ticket ticket = world.file();
        ticketId = ticket.ticketId();
        world.lifecycle.beginMatching(ticketId);
        world.matching.match(ticketId);
        world.lifecycle.offer(ticketId, "token-offer");
        world.lifecycle.accepted(ticketId);
        world.lifecycle.awaitCompletion(ticketId, "token-done");
    }

    @Test
    void complete_withAnArticle_handsBothToTheWorkflow() {
        world.desk.complete(LifecycleWorld.expertCaller("near"), ticketId, "Fuse replaced", ARTICLE);

        assertThat(world.workflow.answers().get("token-done")).startsWith("{\"resolution\":\"Fuse replaced\",")
                .contains("\"kbArticle\":{\"title\":\"No sound after a power cut\"", "\"tags\":[\"audio\",\"fuse\"]");
    }

    @Test
    void complete_withAnInvalidArticle_isRefusedNamingEveryFieldAndSendsNothing() {
        CompletionArticle bad = new CompletionArticle(" ", "x".repeat(20_001), "fine", Set.of("no/slashes"));

        assertThatThrownBy(() -> world.desk.complete(LifecycleWorld.expertCaller("near"), ticketId, "", bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactly("resolution", "kbArticle.title", "kbArticle.problem", "kbArticle.tags[]"));
        assertThat(world.workflow.answers()).isEmpty();
    }

    @Test
    void complete_bySomeoneElse_is404AndSendsNothing() {
        world.expert("other", Fixtures.CHICAGO, 1);

        assertThatThrownBy(() -> world.desk.complete(LifecycleWorld.expertCaller("other"), ticketId, "done", ARTICLE))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.workflow.answers()).isEmpty();
    }

    @Test
    void completeOrDecline_byANonExpertWithInvalidInput_isForbiddenBeforeTheInputIsChecked() {
        Caller customer = new Caller("cust-1", Set.of(Role.CUSTOMER));

        assertThatThrownBy(() -> world.desk.complete(customer, ticketId, "", null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> world.desk.decline(customer, ticketId, ""))
                .isInstanceOf(ForbiddenException.class);
        assertThat(world.workflow.answers()).isEmpty();
    }

    @Test
    void completed_publishesTheArticleByTheExpertForTheTicketsProduct() {
        CompletionArticles.Publication published = world.lifecycle.completed(ticketId, "Fuse replaced", ARTICLE);

        assertThat(published).isEqualTo(new CompletionArticles.Publication.Published("KB" + ticketId));
        Article article = world.articles.find("KB" + ticketId).orElseThrow();
        assertThat(article.author()).isEqualTo("near");
        assertThat(article.products()).containsExactly("TV-OLED55");
        assertThat(article.tags()).containsExactlyInAnyOrder("audio", "fuse");
        assertThat(world.ticket(ticketId).status()).isEqualTo(TicketStatus.COMPLETED);
        assertThat(world.index.search(Set.of("fuse")).byTerm().get("fuse")).isNotEmpty();
    }

    @Test
    void completed_retried_neverWritesASecondArticle() {
        world.lifecycle.completed(ticketId, "Fuse replaced", ARTICLE);

        CompletionArticles.Publication again = world.lifecycle.completed(ticketId, "Fuse replaced", ARTICLE);

        assertThat(again).isEqualTo(new CompletionArticles.Publication.Published("KB" + ticketId));
        assertThat(world.articles.versions("KB" + ticketId)).hasSize(1);
        assertThat(world.experts.find("near").orElseThrow().activeTickets()).isZero();
    }

    @Test
    void completed_whenTheKnowledgeBaseRefusesTheArticle_stillCompletesTheTicket() {
        CompletionArticle tooManyTags = new CompletionArticle("t", "p", "s",
                Set.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
                        "t", "u"));

        CompletionArticles.Publication outcome = world.lifecycle.completed(ticketId, "Fuse replaced", tooManyTags);

        assertThat(outcome).isInstanceOf(CompletionArticles.Publication.Refused.class);
        assertThat(world.ticket(ticketId).status()).isEqualTo(TicketStatus.COMPLETED);
        assertThat(world.articles.find("KB" + ticketId)).isEmpty();
    }

    @Test
    void completed_withoutAnArticle_writesNone() {
        assertThat(world.lifecycle.completed(ticketId, "Fuse replaced", null))
                .isEqualTo(new CompletionArticles.Publication.None());
        assertThat(world.articles.find("KB" + ticketId)).isEmpty();
    }

    @Test
    void draft_fromACompletedTicket_isPrefilledForTheExpertWhoCompletedIt() {
        world.lifecycle.completed(ticketId, "Replaced the audio board fuse.", null);

        ArticleDraft draft = drafts().fromTicket(LifecycleWorld.expertCaller("near"), ticketId);

        assertThat(draft.title()).isEqualTo("No sound");
        assertThat(draft.solution()).isEqualTo("Replaced the audio board fuse.");
        assertThat(draft.products()).containsExactly("TV-OLED55");
    }

    @Test
    void draft_beforeCompletion_isAConflict_andForAnotherExpert_notFound() {
        assertThatThrownBy(() -> drafts().fromTicket(Fixtures.caller("admin-1", Role.ADMIN), ticketId))
                .isInstanceOf(ConflictException.class);
        world.lifecycle.completed(ticketId, "done", null);
        assertThatThrownBy(() -> drafts().fromTicket(LifecycleWorld.expertCaller("other"), ticketId))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> drafts().fromTicket(LifecycleWorld.expertCaller("near"), "TNOSUCHTICKET"))
                .isInstanceOf(NotFoundException.class);
    }

    private ArticleDrafts drafts() {
        return new ArticleDrafts(world.tickets, new KnowledgeBase(world.articles, world.index, new WordTextAnalyzer(),
                IdGenerator.random(), Fixtures.clock()));
    }
}
