package com.penultimate.sysops.aws.dynamodb;

import static com.penultimate.sysops.aws.dynamodb.Samples.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DynamoDbTicketListingTest {
    private static final Instant NOW = Instant.parse("2027-11-23T10:00:00Z");
    private final TableNames tables = SysopsTables.createFor(DynamoDbTicketListingTest.class);

    @Test
    void byCustomer_pagesNewestFirstThroughOnlyThatCustomersTickets() {
        DynamoDbTicketRepository tickets = repository(24);
        file(tickets, "T1", "cust-a", "2027-11-01T00:00:00Z");
        file(tickets, "T2", "cust-a", "2027-11-02T00:00:00Z");
        file(tickets, "T3", "cust-b", "2027-11-03T00:00:00Z");
        file(tickets, "T4", "cust-a", "2027-11-04T00:00:00Z");

        Page<Ticket> first = tickets.byCustomer("cust-a", 2, null);
        Page<Ticket> second = tickets.byCustomer("cust-a", 2, first.nextCursor());

        assertThat(first.items()).extracting(Ticket::ticketId).containsExactly("T4", "T2");
        assertThat(second.items()).extracting(Ticket::ticketId).containsExactly("T1");
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void byCustomer_rejectsAnotherCustomersCursor() {
        DynamoDbTicketRepository tickets = repository(24);
        file(tickets, "T1", "cust-a", "2027-11-01T00:00:00Z");
        file(tickets, "T2", "cust-a", "2027-11-02T00:00:00Z");
        String cursorOfA = tickets.byCustomer("cust-a", 1, null).nextCursor();

        assertThatThrownBy(() -> tickets.byCustomer("cust-b", 1, cursorOfA))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void byStatus_listsOnlyTicketsInThatStatusNewestFirst() {
        DynamoDbTicketRepository tickets = repository(24);
        file(tickets, "T1", "cust-a", "2027-11-01T00:00:00Z");
        Ticket moved = file(tickets, "T2", "cust-a", "2027-11-02T00:00:00Z");
        file(tickets, "T3", "cust-b", "2027-11-03T00:00:00Z");
        tickets.update(moved.moveTo(TicketStatus.MATCHING, "workflow", "started", NOW));

        assertThat(tickets.byStatus(TicketStatus.RECEIVED, 10, null).items()).extracting(Ticket::ticketId)
                .containsExactly("T3", "T1");
        assertThat(tickets.byStatus(TicketStatus.MATCHING, 10, null).items()).extracting(Ticket::ticketId)
                .containsExactly("T2");
    }

    @Test
    void all_walksMonthsBackwardsAcrossEmptyMonths() {
        DynamoDbTicketRepository tickets = repository(24);
        file(tickets, "T-NOV-1", "cust-a", "2027-11-01T00:00:00Z");
        file(tickets, "T-NOV-2", "cust-b", "2027-11-20T00:00:00Z");
        file(tickets, "T-OCT", "cust-a", "2027-10-31T23:59:59Z");
        file(tickets, "T-FEB", "cust-c", "2027-02-14T00:00:00Z");

        Page<Ticket> first = tickets.all(3, null);
        Page<Ticket> second = tickets.all(3, first.nextCursor());

        assertThat(first.items()).extracting(Ticket::ticketId).containsExactly("T-NOV-2", "T-NOV-1", "T-OCT");
        assertThat(second.items()).extracting(Ticket::ticketId).containsExactly("T-FEB");
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void all_stopsAfterTheLimitOfEmptyMonthsInARow() {
        DynamoDbTicketRepository tickets = repository(3);
        file(tickets, "T-NOV", "cust-a", "2027-11-01T00:00:00Z");
        file(tickets, "T-AUG", "cust-a", "2027-08-01T00:00:00Z");
        file(tickets, "T-APR", "cust-a", "2027-04-01T00:00:00Z");

        Page<Ticket> page = tickets.all(10, null);

        assertThat(page.items()).extracting(Ticket::ticketId).containsExactly("T-NOV", "T-AUG");
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void all_rejectsCursorOfAnotherListing() {
        DynamoDbTicketRepository tickets = repository(24);
        file(tickets, "T1", "cust-a", "2027-11-01T00:00:00Z");
        file(tickets, "T2", "cust-a", "2027-11-02T00:00:00Z");
        String byCustomerCursor = tickets.byCustomer("cust-a", 1, null).nextCursor();

        assertThatThrownBy(() -> tickets.all(1, byCustomerCursor)).isInstanceOf(InvalidInputException.class);
    }

    private DynamoDbTicketRepository repository(int emptyMonthLimit) {
        return new DynamoDbTicketRepository(DynamoDbLocalServer.client(), tables.tickets(), tables.idempotency(),
                Clock.fixed(NOW, ZoneOffset.UTC), emptyMonthLimit);
    }

    private static Ticket file(DynamoDbTicketRepository tickets, String ticketId, String customerId, String at) {
        Ticket ticket = ticket(ticketId, customerId, Instant.parse(at));
        tickets.create(ticket, null);
        return ticket;
    }
}
