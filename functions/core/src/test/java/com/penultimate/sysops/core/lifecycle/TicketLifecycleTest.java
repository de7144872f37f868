package com.penultimate.sysops.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.matching.Objective;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.notification.NotificationKind;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketLifecycleTest {
    private final LifecycleWorld world = new LifecycleWorld();

    @Test
    void match_reservesNearestExpertAndExplainsWhy() {
        world.expert("near", new GeoPoint(41.88, -87.63), 2);
        world.expert("far", new GeoPoint(42.10, -87.90), 2);
        Ticket ticket = world.file();
        world.lifecycle.beginMatching(ticket.ticketId());

        MatchOutcome outcome = world.matching.match(ticket.ticketId());

        assertThat(outcome).isEqualTo(MatchOutcome.reserved("near", 1));
        Ticket offered = world.ticket(ticket.ticketId());
        assertThat(offered.status()).isEqualTo(TicketStatus.OFFERED);
        assertThat(offered.dispatch().explanation().chosenExpertId()).isEqualTo("near");
        assertThat(offered.dispatch().explanation().ranking()).hasSize(2);
        assertThat(world.experts.find("near").orElseThrow().activeTickets()).isEqualTo(1);
    }

    @Test
    void match_isSafeToRetry() {
        world.expert("near", Fixtures.CHICAGO, 2);
        Ticket ticket = world.file();
        world.lifecycle.beginMatching(ticket.ticketId());
        world.matching.match(ticket.ticketId());

        assertThat(world.matching.match(ticket.ticketId())).isEqualTo(MatchOutcome.reserved("near", 1));
        assertThat(world.experts.find("near").orElseThrow().activeTickets()).isEqualTo(1);
    }

    @Test
    void match_prefersTheBetterRatedExpert_whenTheyAreOtherwiseAlike() {
        world.expert("liked", Fixtures.CHICAGO, 2);
        world.expert("disliked", Fixtures.CHICAGO, 2);
        world.ratings.add("liked", 5);
        world.ratings.add("disliked", 2);
        world.ratings.add("disliked", 3);
        Ticket ticket = world.file();
        world.lifecycle.beginMatching(ticket.ticketId());

        assertThat(world.matching.match(ticket.ticketId()).expertId()).isEqualTo("liked");
        assertThat(world.ticket(ticket.ticketId()).dispatch().explanation().ranking()).first()
                .satisfies(best -> assertThat(best.scores().get(Objective.SATISFACTION)).isEqualTo(1.0));
    }

    @Test
    void match_withNobodyEligible_waitsForExpert() {
        Ticket ticket = world.file();
        world.lifecycle.beginMatching(ticket.ticketId());

        assertThat(world.matching.match(ticket.ticketId()).outcome()).isEqualTo(MatchOutcome.NO_CANDIDATE);
        assertThat(world.ticket(ticket.ticketId()).status()).isEqualTo(TicketStatus.WAITING_FOR_EXPERT);
    }

    @Test
    void offerThenAccept_goesThroughTheWorkflowAndTellsTheCustomer() {
        world.expert("near", Fixtures.CHICAGO, 2);
        String id = offered("token-1");
        assertThat(world.notifications.enqueued()).extracting(n -> n.kind()).containsExactly(NotificationKind.EXPERT_OFFER);

        world.desk.accept(LifecycleWorld.expertCaller("near"), id);
        assertThat(world.workflow.answers()).containsEntry("token-1", "{\"answer\":\"ACCEPTED\"}");
        world.lifecycle.accepted(id);

        assertThat(world.ticket(id).status()).isEqualTo(TicketStatus.ACCEPTED);
        assertThat(world.notifications.enqueued()).last().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.EXPERT_ON_THE_WAY);
            assertThat(n.recipientId()).isEqualTo("cust-1");
        });
    }

    @Test
    void decline_releasesAndExcludesTheExpert_soTheNextMatchPicksAnother() {
        world.expert("near", Fixtures.CHICAGO, 2);
        world.expert("other", new GeoPoint(41.95, -87.70), 2);
        String id = offered("token-1");
        world.desk.decline(LifecycleWorld.expertCaller("near"), id, "on holiday");
        world.lifecycle.release(id, "declined: on holiday");

        assertThat(world.experts.find("near").orElseThrow().activeTickets()).isZero();
        assertThat(world.ticket(id).dispatch().excludedExperts()).containsExactly("near");
        assertThat(world.matching.match(id).expertId()).isEqualTo("other");
    }

    @Test
    void anotherExpert_cannotAnswerTheOffer() {
        world.expert("near", Fixtures.CHICAGO, 2);
        String id = offered("token-1");
        assertThatThrownBy(() -> world.desk.accept(LifecycleWorld.expertCaller("intruder"), id))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.workflow.answers()).isEmpty();
    }

    @Test
    void expiredOffer_isAConflict() {
        world.expert("near", Fixtures.CHICAGO, 2);
        String id = offered("token-1");
        world.workflow.expire("token-1");
        assertThatThrownBy(() -> world.desk.accept(LifecycleWorld.expertCaller("near"), id))
                .isInstanceOf(ConflictException.class).hasMessageContaining("expired");
    }

    @Test
    void answerBeforeTheWorkflowWaits_isAConflictForADeskWithoutPatience() {
        world.expert("near", Fixtures.CHICAGO, 2);
        String id = matchedButNotYetWaiting();
        assertThatThrownBy(() -> world.desk.accept(LifecycleWorld.expertCaller("near"), id))
                .isInstanceOf(ConflictException.class).hasMessageContaining("send it again");
        assertThat(world.workflow.answers()).isEmpty();
    }

    @Test
    void answerBeforeTheWorkflowWaits_isHeldUntilTheWorkflowStoresItsToken() throws Exception {
        world.expert("near", Fixtures.CHICAGO, 2);
        String id = matchedButNotYetWaiting();
        ExpertDesk patient = new ExpertDesk(world.tickets, world.workflow, Duration.ofSeconds(20));
        Thread workflowCatchesUp = new Thread(() -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            world.lifecycle.offer(id, "token-late");
        });
        workflowCatchesUp.start();

        patient.accept(LifecycleWorld.expertCaller("near"), id);
        workflowCatchesUp.join();

        assertThat(world.workflow.answers()).containsExactly(Map.entry("token-late", "{\"answer\":\"ACCEPTED\"}"));
    }

    @Test
    void answerWhileTheWorkflowNeverCatchesUp_isAConflictOnceThePatienceRunsOut() {
        world.expert("near", Fixtures.CHICAGO, 2);
        String id = matchedButNotYetWaiting();
        ExpertDesk patient = new ExpertDesk(world.tickets, world.workflow, Duration.ofMillis(200));
        long started = System.nanoTime();
        assertThatThrownBy(() -> patient.accept(LifecycleWorld.expertCaller("near"), id))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not waiting for this answer yet");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(world.workflow.answers()).isEmpty();
    }

    @Test
    void complete_recordsResolutionAndFreesTheExpert() {
        world.expert("near", Fixtures.CHICAGO, 1);
        String id = offered("token-1");
        world.lifecycle.accepted(id);
        world.lifecycle.awaitCompletion(id, "token-2");
        world.desk.complete(LifecycleWorld.expertCaller("near"), id, "Replaced the HDMI board");
        world.lifecycle.completed(id, "Replaced the HDMI board", null);

        Ticket done = world.ticket(id);
        assertThat(done.status()).isEqualTo(TicketStatus.COMPLETED);
        assertThat(done.history()).last().satisfies(t -> assertThat(t.reason()).contains("Replaced the HDMI board"));
        assertThat(world.experts.find("near").orElseThrow().activeTickets()).isZero();
    }

    @Test
    void completingATicketNotYetAccepted_isRefused() {
        world.expert("near", Fixtures.CHICAGO, 1);
        String id = offered("token-1");
        assertThatThrownBy(() -> world.desk.complete(LifecycleWorld.expertCaller("near"), id, "done"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void escalate_freesTheExpertAndTellsManagers() {
        world.expert("near", Fixtures.CHICAGO, 1);
        String id = offered("token-1");
        world.lifecycle.escalate(id, "no expert after 3 offers");

        assertThat(world.ticket(id).status()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(world.experts.find("near").orElseThrow().activeTickets()).isZero();
        assertThat(world.notifications.enqueued()).last()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.TICKET_ESCALATED));
    }

    private String matchedButNotYetWaiting() {
        Ticket ticket = world.file();
        world.lifecycle.beginMatching(ticket.ticketId());
        world.matching.match(ticket.ticketId());
        assertThat(world.ticket(ticket.ticketId()).status()).isEqualTo(TicketStatus.OFFERED);
        return ticket.ticketId();
    }

    private String offered(String token) {
        Ticket ticket = world.file();
        world.lifecycle.beginMatching(ticket.ticketId());
        world.matching.match(ticket.ticketId());
        world.lifecycle.offer(ticket.ticketId(), token);
        return ticket.ticketId();
    }
}
