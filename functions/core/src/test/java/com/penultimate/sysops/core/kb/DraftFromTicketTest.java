package com.penultimate.sysops.core.kb;

import static com.penultimate.sysops.core.fake.Fixtures.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.ForbiddenException;
import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.InMemoryArticleRepository;
import com.penultimate.sysops.core.fake.InMemorySearchIndex;
import com.penultimate.sysops.core.fake.WordTextAnalyzer;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DraftFromTicketTest {
    private static final Instant T = Fixtures.NOW;
    private final KnowledgeBase kb = new KnowledgeBase(new InMemoryArticleRepository(), new InMemorySearchIndex(),
            new WordTextAnalyzer(), prefix -> prefix + "1", Fixtures.clock());

    private static Ticket accepted(String description) {
        return Ticket.received("T1", "cust-1", "TV-OLED55", description, Fixtures.CHICAGO, "cust-1", T)
                .moveTo(TicketStatus.MATCHING, "workflow", "matching", T)
                .moveTo(TicketStatus.OFFERED, "workflow", "offered to exp-1", T)
                .moveTo(TicketStatus.ACCEPTED, "exp-1", "accepted", T);
    }

    private static Ticket completed(String description, String resolution) {
        return accepted(description).moveTo(TicketStatus.COMPLETED, "exp-1", "resolved: " + resolution, T);
    }

    @Test
    void draft_takesProblemFromTheDescriptionAndSolutionFromTheResolution() {
        Ticket ticket = completed("The TV has picture but no sound since this morning. It started after a storm.",
                "Switched audio output from ARC back to the TV speakers.");

        ArticleDraft draft = kb.draftFromTicket(caller("exp-1", Role.EXPERT), ticket);

        assertThat(draft).isEqualTo(new ArticleDraft("The TV has picture but no sound since this morning",
                "The TV has picture but no sound since this morning. It started after a storm.",
                "Switched audio output from ARC back to the TV speakers.", Set.of("TV-OLED55"), Set.of()));
    }

    @Test
    void draft_cutsALongFirstSentenceAtAWordForTheTitle() {
        Ticket ticket = completed("After the latest firmware update the television keeps restarting every few "
                + "minutes while streaming from any app", "Rolled the firmware back.");

        String title = kb.draftFromTicket(caller("admin", Role.ADMIN), ticket).title();

        assertThat(title).hasSizeLessThanOrEqualTo(80).endsWith("…")
                .startsWith("After the latest firmware update the television keeps restarting");
    }

    @Test
    void draft_survivesTheSurveyThatFollowsCompletion() {
        Ticket surveyed = completed("Remote does nothing.", "New batteries.")
                .moveTo(TicketStatus.SURVEYED, "customer", "rated 5", T);

        assertThat(kb.draftFromTicket(caller("exp-1", Role.EXPERT), surveyed).solution()).isEqualTo("New batteries.");
    }

    @Test
    void draft_ofATicketNotYetCompletedIsAConflict() {
        assertThatThrownBy(() -> kb.draftFromTicket(caller("admin", Role.ADMIN), accepted("Remote does nothing.")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ACCEPTED");
    }

    @Test
    void draft_isOnlyForTheExpertWhoCompletedItOrAnAdmin() {
        Ticket ticket = completed("Remote does nothing.", "New batteries.");

        assertThatThrownBy(() -> kb.draftFromTicket(caller("exp-2", Role.EXPERT), ticket))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> kb.draftFromTicket(Fixtures.customer("cust-1"), ticket))
                .isInstanceOf(ForbiddenException.class);
    }
}
