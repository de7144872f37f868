package com.penultimate.sysops.aws.dynamodb;

import static com.penultimate.sysops.aws.dynamodb.Samples.NOW;
import static com.penultimate.sysops.aws.dynamodb.Samples.n;
import static com.penultimate.sysops.aws.dynamodb.Samples.s;
import static com.penultimate.sysops.aws.dynamodb.Samples.stored;
import static com.penultimate.sysops.aws.dynamodb.Samples.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** How a ticket's dispatch is stored, read back, and found through the sparse {@code byExpert} index. */
class DynamoDbTicketDispatchTest {
    private final TableNames tables = SysopsTables.createFor(DynamoDbTicketDispatchTest.class);
    private final DynamoDbTicketRepository tickets = new DynamoDbTicketRepository(DynamoDbLocalServer.client(),
            tables.tickets(), tables.idempotency(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void update_storesDispatchAsTopLevelAttributesAndExplanationAsNestedMap() {
        Ticket received = ticket("T-OFFER", "cust-1", NOW);
        tickets.create(received, null);
        Ticket offered = Samples.offered(received, "E1");
        Ticket matching = received.moveTo(TicketStatus.MATCHING, "workflow", "started", NOW);
        tickets.update(matching);

        tickets.update(offered.withDispatch(offered.dispatch().waitingOn("token-1")));

        Map<String, AttributeValue> item = stored(tables.tickets(), "ticketId", "T-OFFER");
        assertThat(item).containsEntry("assignedExpertId", s("E1"))
                .containsEntry("offers", n("1"))
                .containsEntry("taskToken", s("token-1"))
                .containsEntry("offeredAt", s("2027-11-23T10:15:30Z"))
                .doesNotContainKey("excludedExperts");
        assertThat(item.get("explanation")).isEqualTo(AttributeValue.fromM(Map.of(
                "chosenExpertId", s("E1"),
                "candidatesFound", n("3"),
                "rejectedBy", AttributeValue.fromM(Map.of("IN_SERVICE_AREA", n("2"))),
                "decidedAt", s("2027-11-23T10:15:30Z"),
                "ranking", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of(
                        "expertId", s("E1"),
                        "total", n("0.64375"),
                        "distanceKm", n("12.5"),
                        "rules", AttributeValue.fromM(Map.of(
                                "HAS_SKILLS", AttributeValue.fromBool(true),
                                "AVAILABLE", AttributeValue.fromBool(true))),
                        "scores", AttributeValue.fromM(Map.of(
                                "SHORT_TRAVEL", n("0.875"),
                                "LIGHT_LOAD", n("0.5"))))))))));
    }

    @Test
    void find_readsBackTheWholeDispatch() {
        Ticket received = ticket("T-ROUND", "cust-1", NOW);
        tickets.create(received, null);
        Ticket offered = Samples.offered(received, "E1");
        Ticket released = offered.withDispatch(offered.dispatch().released(true))
                .moveTo(TicketStatus.MATCHING, "workflow", "declined", NOW);
        tickets.update(received.moveTo(TicketStatus.MATCHING, "workflow", "started", NOW));
        tickets.update(offered);
        tickets.update(released);

        assertThat(tickets.find("T-ROUND")).contains(released);
        assertThat(stored(tables.tickets(), "ticketId", "T-ROUND"))
                .doesNotContainKeys("assignedExpertId", "taskToken", "offeredAt")
                .containsEntry("excludedExperts", AttributeValue.fromSs(List.of("E1")));
    }

    @Test
    void byExpert_listsOnlyTicketsTheExpertHoldsNewestFirst() {
        hold("T1", "E1", "2027-11-01T00:00:00Z");
        hold("T2", "E2", "2027-11-02T00:00:00Z");
        hold("T3", "E1", "2027-11-03T00:00:00Z");
        tickets.create(ticket("T4", "cust-1", NOW), null);

        assertThat(tickets.byExpert("E1")).extracting(Ticket::ticketId).containsExactly("T3", "T1");
        assertThat(tickets.byExpert("E1").get(0).assignedExpertId()).isEqualTo("E1");
        assertThat(tickets.byExpert("E9")).isEmpty();
    }

    @Test
    void byExpert_returnsAtMostTheHundredNewest() {
        for (int i = 0; i < 101; i++) {
            hold("T-%03d".formatted(i), "E-BUSY", NOW.plusSeconds(i).toString());
        }

        List<Ticket> held = tickets.byExpert("E-BUSY");

        assertThat(held).hasSize(DynamoDbTicketRepository.BY_EXPERT_LIMIT);
        assertThat(held.get(0).ticketId()).isEqualTo("T-100");
        assertThat(held.get(99).ticketId()).isEqualTo("T-001");
    }

    private void hold(String ticketId, String expertId, String createdAt) {
        Ticket received = ticket(ticketId, "cust-1", Instant.parse(createdAt));
        Ticket offered = Samples.offered(received, expertId);
        tickets.create(new Ticket(offered.ticketId(), offered.customerId(), offered.product(),
                offered.description(), offered.location(), offered.status(), 1, offered.createdAt(),
                offered.updatedAt(), offered.filedBy(), offered.dispatch(), offered.history()), null);
    }
}
