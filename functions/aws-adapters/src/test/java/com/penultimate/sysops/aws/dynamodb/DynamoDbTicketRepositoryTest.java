package com.penultimate.sysops.aws.dynamodb;

import static com.penultimate.sysops.aws.dynamodb.Samples.NOW;
import static com.penultimate.sysops.aws.dynamodb.Samples.n;
import static com.penultimate.sysops.aws.dynamodb.Samples.s;
import static com.penultimate.sysops.aws.dynamodb.Samples.stored;
import static com.penultimate.sysops.aws.dynamodb.Samples.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.IdempotencyClaim;
import com.penultimate.sysops.core.port.TicketCreation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbTicketRepositoryTest {
    private static final TableNames TABLES = SysopsTables.createFor(DynamoDbTicketRepositoryTest.class);
    private final DynamoDbTicketRepository tickets = repositoryAt(NOW);

    @Test
    void create_storesTicketWithHistoryAndMonth() {
        Ticket ticket = ticket("T-STORE", "cust-1", NOW);

        assertThat(tickets.create(ticket, null)).isEqualTo(new TicketCreation.Created(ticket));

        assertThat(stored(TABLES.tickets(), "ticketId", "T-STORE")).isEqualTo(Map.ofEntries(
                Map.entry("ticketId", s("T-STORE")),
                Map.entry("customerId", s("cust-1")),
                Map.entry("product", s("TV-100")),
                Map.entry("description", s("no picture")),
                Map.entry("location", AttributeValue.fromM(Map.of("lat", n("52.52"), "lon", n("13.405")))),
                Map.entry("status", s("RECEIVED")),
                Map.entry("version", n("1")),
                Map.entry("createdAt", s("2027-11-23T10:15:30Z")),
                Map.entry("createdMonth", s("2027-11")),
                Map.entry("updatedAt", s("2027-11-23T10:15:30Z")),
                Map.entry("filedBy", s("cust-1")),
                Map.entry("offers", n("0")),
                Map.entry("history", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of(
                        "to", s("RECEIVED"), "at", s("2027-11-23T10:15:30Z"), "by", s("cust-1"),
                        "reason", s("ticket filed"))))))));
        assertThat(tickets.find("T-STORE")).contains(ticket);
    }

    @Test
    void create_rejectsExistingTicketId() {
        tickets.create(ticket("T-TWICE", "cust-1", NOW), null);

        assertThatThrownBy(() -> tickets.create(ticket("T-TWICE", "cust-2", NOW), null))
                .isInstanceOf(ConflictException.class);
        assertThat(stored(TABLES.tickets(), "ticketId", "T-TWICE")).containsEntry("customerId", s("cust-1"));
    }

    @Test
    void create_withClaimStoresTicketAndIdempotencyRecordThatExpiresInADay() {
        Ticket ticket = ticket("T-CLAIM", "cust-1", NOW);

        tickets.create(ticket, new IdempotencyClaim("ticket#cust-1#key-1", "fp-1"));

        assertThat(stored(TABLES.tickets(), "ticketId", "T-CLAIM")).isNotEmpty();
        assertThat(stored(TABLES.idempotency(), "idempotencyKey", "ticket#cust-1#key-1")).isEqualTo(Map.of(
                "idempotencyKey", s("ticket#cust-1#key-1"),
                "ticketId", s("T-CLAIM"),
                "fingerprint", s("fp-1"),
                "createdAt", s("2027-11-23T10:15:30Z"),
                "expiresAt", n(Long.toString(NOW.plus(Duration.ofHours(24)).getEpochSecond()))));
    }

    @Test
    void create_withUsedKeyReturnsEarlierTicketAndWritesNothing() {
        IdempotencyClaim claim = new IdempotencyClaim("ticket#cust-1#key-2", "fp-first");
        tickets.create(ticket("T-FIRST", "cust-1", NOW), claim);

        TicketCreation again = repositoryAt(NOW.plusSeconds(5))
                .create(ticket("T-SECOND", "cust-1", NOW.plusSeconds(5)),
                        new IdempotencyClaim("ticket#cust-1#key-2", "fp-second"));

        assertThat(again).isEqualTo(new TicketCreation.AlreadyCreated("T-FIRST", "fp-first"));
        assertThat(stored(TABLES.tickets(), "ticketId", "T-SECOND")).isEmpty();
        assertThat(stored(TABLES.idempotency(), "idempotencyKey", "ticket#cust-1#key-2"))
                .containsEntry("ticketId", s("T-FIRST")).containsEntry("fingerprint", s("fp-first"));
    }

    @Test
    void create_withExpiredKeyNotYetDeletedCreatesNewTicket() {
        tickets.create(ticket("T-OLD", "cust-1", NOW), new IdempotencyClaim("ticket#cust-1#key-3", "fp"));
        Instant dayLater = NOW.plus(Duration.ofHours(25));

        TicketCreation again = repositoryAt(dayLater)
                .create(ticket("T-NEW", "cust-1", dayLater), new IdempotencyClaim("ticket#cust-1#key-3", "fp"));

        assertThat(again).isInstanceOf(TicketCreation.Created.class);
        assertThat(stored(TABLES.idempotency(), "idempotencyKey", "ticket#cust-1#key-3"))
                .containsEntry("ticketId", s("T-NEW"));
    }

    @Test
    void create_withClaimForExistingTicketIdConflictsAndRecordsNoClaim() {
        tickets.create(ticket("T-TAKEN", "cust-1", NOW), null);

        assertThatThrownBy(() -> tickets.create(ticket("T-TAKEN", "cust-1", NOW),
                new IdempotencyClaim("ticket#cust-1#key-4", "fp"))).isInstanceOf(ConflictException.class);
        assertThat(stored(TABLES.idempotency(), "idempotencyKey", "ticket#cust-1#key-4")).isEmpty();
    }

    @Test
    void update_storesNextVersionWithAppendedHistory() {
        Ticket received = ticket("T-MOVE", "cust-1", NOW);
        tickets.create(received, null);
        Ticket matching = received.moveTo(TicketStatus.MATCHING, "workflow", "started", NOW.plusSeconds(1));

        tickets.update(matching);

        Map<String, AttributeValue> item = stored(TABLES.tickets(), "ticketId", "T-MOVE");
        assertThat(item).containsEntry("status", s("MATCHING")).containsEntry("version", n("2"));
        assertThat(item.get("history").l()).hasSize(2).last().isEqualTo(AttributeValue.fromM(Map.of(
                "from", s("RECEIVED"), "to", s("MATCHING"), "at", s("2027-11-23T10:15:31Z"), "by", s("workflow"),
                "reason", s("started"))));
        assertThat(tickets.find("T-MOVE")).contains(matching);
    }

    @Test
    void update_fromStaleVersionConflictsAndKeepsStoredTicket() {
        Ticket received = ticket("T-RACE", "cust-1", NOW);
        tickets.create(received, null);
        tickets.update(received.moveTo(TicketStatus.MATCHING, "workflow", "started", NOW));

        assertThatThrownBy(() -> tickets.update(received.moveTo(TicketStatus.CANCELLED, "cust-1", "never mind", NOW)))
                .isInstanceOf(ConflictException.class);
        assertThat(stored(TABLES.tickets(), "ticketId", "T-RACE")).containsEntry("status", s("MATCHING"));
    }

    @Test
    void update_ofUnknownTicketConflicts() {
        Ticket ghost = ticket("T-GHOST", "cust-1", NOW).moveTo(TicketStatus.MATCHING, "workflow", "started", NOW);

        assertThatThrownBy(() -> tickets.update(ghost)).isInstanceOf(ConflictException.class);
        assertThat(stored(TABLES.tickets(), "ticketId", "T-GHOST")).isEmpty();
    }

    private static DynamoDbTicketRepository repositoryAt(Instant now) {
        return new DynamoDbTicketRepository(DynamoDbLocalServer.client(), TABLES.tickets(), TABLES.idempotency(),
                Clock.fixed(now, ZoneOffset.UTC));
    }
}
