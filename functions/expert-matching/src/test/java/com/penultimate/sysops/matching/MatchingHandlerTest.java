package com.penultimate.sysops.matching;

import static com.penultimate.sysops.lambda.testing.TestWorld.EXPERT_ID;
import static com.penultimate.sysops.lambda.testing.TestWorld.EXPERT_PHONE;
import static com.penultimate.sysops.lambda.testing.TestWorld.TICKET_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.lifecycle.MatchOutcome;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.lambda.testing.EventFiles;
import com.penultimate.sysops.lambda.testing.LambdaContexts;
import com.penultimate.sysops.lambda.testing.RecordingMetricsSink;
import com.penultimate.sysops.lambda.testing.TestLambdaContext;
import com.penultimate.sysops.lambda.testing.TestWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MatchingHandlerTest {
    private TestWorld world;
    private MatchingHandler handler;

    @BeforeEach
    void start() {
        world = TestWorld.create(MatchingHandlerTest.class);
        world.product();
        handler = new MatchingHandler(LambdaContexts.start(world.properties()));
    }

    @AfterEach
    void stop() {
        handler.close();
    }

    @Test
    void match_reservesTheExpertAndOffersTheTicket() {
        world.expert(EXPERT_ID, EXPERT_PHONE);
        world.matching(TICKET_ID);

        MatchOutcome outcome = handler.handleRequest(event(), new TestLambdaContext());

        assertThat(outcome).isEqualTo(MatchOutcome.reserved(EXPERT_ID, 1));
        Ticket stored = world.ticket(TICKET_ID);
        assertThat(stored.status()).isEqualTo(TicketStatus.OFFERED);
        assertThat(stored.assignedExpertId()).isEqualTo(EXPERT_ID);
        assertThat(stored.dispatch().explanation().chosenExpertId()).isEqualTo(EXPERT_ID);
        assertThat(world.expert(EXPERT_ID).activeTickets()).isEqualTo(1);
    }

    @Test
    void match_retriedAfterReserving_answersTheSameExpertWithoutBookingTwice() {
        world.expert(EXPERT_ID, EXPERT_PHONE);
        world.matching(TICKET_ID);

        MatchOutcome first = handler.handleRequest(event(), new TestLambdaContext());
        MatchOutcome retried = handler.handleRequest(event(), new TestLambdaContext());

        assertThat(retried).isEqualTo(first);
        assertThat(world.expert(EXPERT_ID).activeTickets()).isEqualTo(1);
    }

    @Test
    void match_withNobodyEligible_leavesTheTicketWaitingForAnExpert() {
        world.expert(EXPERT_ID, EXPERT_PHONE);
        world.product("LAPTOP-X1", "laptop");
        world.matching(TICKET_ID, "LAPTOP-X1");

        MatchOutcome outcome = handler.handleRequest(event(), new TestLambdaContext());

        assertThat(outcome).isEqualTo(MatchOutcome.noCandidate(0));
        assertThat(world.ticket(TICKET_ID).status()).isEqualTo(TicketStatus.WAITING_FOR_EXPERT);
        assertThat(world.expert(EXPERT_ID).activeTickets()).isZero();
    }

    @Test
    void match_withNobodyEligible_countsAMatchWithNoCandidate() {
        world.expert(EXPERT_ID, EXPERT_PHONE);
        world.product("LAPTOP-X1", "laptop");
        world.matching(TICKET_ID, "LAPTOP-X1");

        handler.handleRequest(event(), new TestLambdaContext());

        assertThat(metrics().named("MatchesWithNoCandidate")).singleElement().satisfies(line -> assertThat(line)
                .containsEntry("Service", "expert-matching").containsEntry("MatchesWithNoCandidate", 1)
                .containsEntry("ticketId", TICKET_ID));
    }

    @Test
    void match_reserving_countsNoMissedMatch() {
        world.expert(EXPERT_ID, EXPERT_PHONE);
        world.matching(TICKET_ID);

        handler.handleRequest(event(), new TestLambdaContext());

        assertThat(metrics().lines()).isEmpty();
    }

    private RecordingMetricsSink metrics() {
        return handler.getApplicationContext().getBean(RecordingMetricsSink.class);
    }

    @Test
    void match_unknownTicket_failsTheStep() {
        assertThatThrownBy(() -> handler.handleRequest(event(), new TestLambdaContext()))
                .hasMessageContaining(TICKET_ID);
    }

    @Test
    void outcome_travelsAsTheJsonTheStateMachineChoosesOn() {
        String json = EventFiles.toJson(MatchOutcome.reserved(EXPERT_ID, 2), MatchOutcome.class);

        assertThat(json).contains("\"outcome\":\"RESERVED\"", "\"expertId\":\"exp-ann\"", "\"offers\":2");
    }

    private static MatchTask event() {
        return EventFiles.read("expert-matching", "match_ticket_matching.json", MatchTask.class);
    }
}
