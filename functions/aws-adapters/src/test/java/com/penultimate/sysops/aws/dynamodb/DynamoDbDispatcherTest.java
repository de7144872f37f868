package com.penultimate.sysops.aws.dynamodb;

import static com.penultimate.sysops.aws.dynamodb.Samples.NOW;
import static com.penultimate.sysops.aws.dynamodb.Samples.n;
import static com.penultimate.sysops.aws.dynamodb.Samples.s;
import static com.penultimate.sysops.aws.dynamodb.Samples.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.aws.RecordedRequests;
import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.ServiceArea;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

class DynamoDbDispatcherTest {
    private final TableNames tables = SysopsTables.createFor(DynamoDbDispatcherTest.class);
    private final RecordedRequests requests = new RecordedRequests();
    private final DynamoDbClient client = DynamoDbLocalServer.newClient(List.of(requests));
    private final DynamoDbTicketRepository tickets = new DynamoDbTicketRepository(client, tables.tickets(),
            tables.idempotency(), Clock.fixed(NOW, ZoneOffset.UTC));
    private final DynamoDbExpertRepository experts =
            new DynamoDbExpertRepository(client, tables.experts(), tables.expertCells());
    private final DynamoDbDispatcher dispatcher = new DynamoDbDispatcher(client, tables.tickets(), tables.experts());

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void reserve_storesTicketAndTakesOneUnitOfCapacityInOneConditionalTransaction() {
        experts.create(expert("E1", 2, true));
        Ticket offered = Samples.offeredFrom(matching("T1"), "E1");
        requests.clear();

        assertThat(dispatcher.reserve(offered, "E1")).isTrue();

        assertThat(requests.of(TransactWriteItemsRequest.class)).singleElement().satisfies(transaction -> {
            Put ticket = transaction.transactItems().get(0).put();
            assertThat(ticket.tableName()).isEqualTo(tables.tickets());
            assertThat(ticket.conditionExpression()).isEqualTo("version = :previous");
            assertThat(ticket.expressionAttributeValues()).isEqualTo(Map.of(":previous", n("2")));
            Update expert = transaction.transactItems().get(1).update();
            assertThat(expert.tableName()).isEqualTo(tables.experts());
            assertThat(expert.key()).isEqualTo(Map.of("expertId", s("E1")));
            assertThat(expert.updateExpression()).isEqualTo("SET activeTickets = activeTickets + :one");
            assertThat(expert.conditionExpression()).isEqualTo("available = :true AND activeTickets < #capacity");
            assertThat(expert.expressionAttributeNames()).isEqualTo(Map.of("#capacity", "capacity"));
            assertThat(expert.expressionAttributeValues())
                    .isEqualTo(Map.of(":one", n("1"), ":true", AttributeValue.fromBool(true)));
        });
        assertThat(tickets.find("T1")).contains(offered);
        assertThat(stored(tables.experts(), "expertId", "E1")).containsEntry("activeTickets", n("1"))
                .containsEntry("version", n("1"));
    }

    @Test
    void reserve_ofExpertAtCapacityReturnsFalseAndWritesNothing() {
        experts.create(expert("E1", 1, true));
        dispatcher.reserve(Samples.offeredFrom(matching("T1"), "E1"), "E1");
        Ticket waiting = matching("T2");

        assertThat(dispatcher.reserve(Samples.offeredFrom(waiting, "E1"), "E1")).isFalse();

        assertThat(tickets.find("T2")).contains(waiting);
        assertThat(stored(tables.experts(), "expertId", "E1")).containsEntry("activeTickets", n("1"));
    }

    @Test
    void reserve_ofUnavailableExpertReturnsFalse() {
        experts.create(expert("E1", 3, false));

        assertThat(dispatcher.reserve(Samples.offeredFrom(matching("T1"), "E1"), "E1")).isFalse();

        assertThat(stored(tables.experts(), "expertId", "E1")).containsEntry("activeTickets", n("0"));
    }

    @Test
    void reserve_ofUnknownExpertReturnsFalseAndCreatesNoExpert() {
        assertThat(dispatcher.reserve(Samples.offeredFrom(matching("T1"), "E404"), "E404")).isFalse();

        assertThat(stored(tables.experts(), "expertId", "E404")).isEmpty();
    }

    @Test
    void reserve_ofTicketChangedMeanwhileConflictsAndBooksNobody() {
        experts.create(expert("E1", 2, true));
        Ticket matching = matching("T1");
        tickets.update(matching.moveTo(TicketStatus.CANCELLED, "cust-1", "never mind", NOW));

        assertThatThrownBy(() -> dispatcher.reserve(Samples.offeredFrom(matching, "E1"), "E1"))
                .isInstanceOf(ConflictException.class);

        assertThat(stored(tables.experts(), "expertId", "E1")).containsEntry("activeTickets", n("0"));
        assertThat(stored(tables.tickets(), "ticketId", "T1")).containsEntry("status", s("CANCELLED"));
    }

    @Test
    void release_storesTicketAndGivesTheUnitBackInOneConditionalTransaction() {
        experts.create(expert("E1", 2, true));
        Ticket offered = Samples.offeredFrom(matching("T1"), "E1");
        dispatcher.reserve(offered, "E1");
        Ticket declined = offered.withDispatch(offered.dispatch().released(true))
                .moveTo(TicketStatus.MATCHING, "E1", "declined", NOW);
        requests.clear();

        dispatcher.release(declined, "E1");

        assertThat(requests.of(TransactWriteItemsRequest.class)).singleElement().satisfies(transaction -> {
            assertThat(transaction.transactItems().get(0).put().conditionExpression()).isEqualTo("version = :previous");
            Update expert = transaction.transactItems().get(1).update();
            assertThat(expert.updateExpression()).isEqualTo("SET activeTickets = activeTickets - :one");
            assertThat(expert.conditionExpression()).isEqualTo("activeTickets > :zero");
            assertThat(expert.expressionAttributeValues()).isEqualTo(Map.of(":one", n("1"), ":zero", n("0")));
        });
        assertThat(tickets.find("T1")).contains(declined);
        assertThat(stored(tables.experts(), "expertId", "E1")).containsEntry("activeTickets", n("0"));
    }

    @Test
    void release_withCounterAtZeroStoresTheTicketAndLeavesTheCounterAtZero() {
        experts.create(expert("E1", 2, true));
        Ticket matching = matching("T1");
        Ticket escalated = matching.moveTo(TicketStatus.ESCALATED, "workflow", "no expert", NOW);

        dispatcher.release(escalated, "E1");

        assertThat(tickets.find("T1")).contains(escalated);
        assertThat(stored(tables.experts(), "expertId", "E1")).containsEntry("activeTickets", n("0"));
    }

    @Test
    void release_ofTicketChangedMeanwhileConflictsAndKeepsTheBooking() {
        experts.create(expert("E1", 2, true));
        Ticket offered = Samples.offeredFrom(matching("T1"), "E1");
        dispatcher.reserve(offered, "E1");
        Ticket stale = offered.withDispatch(offered.dispatch().released(true))
                .moveTo(TicketStatus.MATCHING, "E1", "declined", NOW);
        tickets.update(offered.moveTo(TicketStatus.ACCEPTED, "E1", "accepted", NOW));

        assertThatThrownBy(() -> dispatcher.release(stale, "E1")).isInstanceOf(ConflictException.class);

        assertThat(stored(tables.experts(), "expertId", "E1")).containsEntry("activeTickets", n("1"));
        assertThat(stored(tables.tickets(), "ticketId", "T1")).containsEntry("status", s("ACCEPTED"));
    }

    @Test
    void reserve_collidingWithAnotherTransactionConflictsSoTheStepIsRetried() {
        experts.create(expert("E1", 2, true));
        Ticket offered = Samples.offeredFrom(matching("T1"), "E1");
        ExecutionInterceptor collide = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                throw TransactionCanceledException.builder().message("Transaction cancelled").statusCode(400)
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("TransactionCanceledException").build())
                        .cancellationReasons(reason("None"), reason("TransactionConflict")).build();
            }
        };

        try (DynamoDbClient colliding = DynamoDbLocalServer.newClient(List.of(collide))) {
            DynamoDbDispatcher racing = new DynamoDbDispatcher(colliding, tables.tickets(), tables.experts());
            assertThatThrownBy(() -> racing.reserve(offered, "E1")).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("another transaction");
        }
    }

    private static CancellationReason reason(String code) {
        return CancellationReason.builder().code(code).build();
    }

    /** A stored ticket in MATCHING at version 2, as the matching step reads it. */
    private Ticket matching(String ticketId) {
        Ticket received = Samples.ticket(ticketId, "cust-1", NOW);
        tickets.create(received, null);
        Ticket matching = received.moveTo(TicketStatus.MATCHING, "workflow", "started", NOW);
        tickets.update(matching);
        return matching;
    }

    static Expert expert(String expertId, int capacity, boolean available) {
        return new Expert(expertId, "Expert " + expertId, "+15557654321", "e@example.com", Set.of("tv"),
                Samples.BERLIN, new ServiceArea(Samples.BERLIN, 20), capacity,
                available, 0, 1);
    }
}
