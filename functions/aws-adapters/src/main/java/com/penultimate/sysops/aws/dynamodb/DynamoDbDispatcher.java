package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.port.Dispatcher;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * {@link Dispatcher} as one TransactWriteItems per call: the ticket's put, conditional on its previous version,
 * together with the expert's {@code activeTickets} counter, which a reservation only raises while the expert
 * is {@code available} and below {@code capacity} and a release only lowers while above zero. The counter is
 * not the expert's profile: it never changes the expert's {@code version}.
 */
public final class DynamoDbDispatcher implements Dispatcher {
    static final String TICKET_CONDITION = "version = :previous";
    static final String RESERVE = "SET activeTickets = activeTickets + :one";
    static final String RESERVE_CONDITION = "available = :true AND activeTickets < #capacity";
    static final String RELEASE = "SET activeTickets = activeTickets - :one";
    static final String RELEASE_CONDITION = "activeTickets > :zero";
    private static final int TICKET_ITEM = 0;
    private static final int EXPERT_ITEM = 1;

    private final DynamoDbClient client;
    private final String ticketsTable;
    private final String expertsTable;

    public DynamoDbDispatcher(DynamoDbClient client, String ticketsTable, String expertsTable) {
        this.client = client;
        this.ticketsTable = ticketsTable;
        this.expertsTable = expertsTable;
    }

    @Override
    public boolean reserve(Ticket ticket, String expertId) {
        Update takeOne = Update.builder().tableName(expertsTable).key(expertKey(expertId))
                .updateExpression(RESERVE)
                .conditionExpression(RESERVE_CONDITION)
                .expressionAttributeNames(Map.of("#capacity", "capacity"))
                .expressionAttributeValues(Map.of(":one", ItemBuilder.n(1), ":true",
                        AttributeValue.fromBool(true)))
                .build();
        try {
            transact(ticket, takeOne);
            return true;
        } catch (TransactionCanceledException e) {
            throwIfTicketChanged(ticket, e);
            if (Cancellations.failed(e, EXPERT_ITEM)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Gives the unit back. Should the counter already be at zero (the expert was re-created meanwhile), the
     * ticket is stored alone: a counter that cannot go lower must not keep the ticket from moving on.
     */
    @Override
    public void release(Ticket ticket, String expertId) {
        Update giveBack = Update.builder().tableName(expertsTable).key(expertKey(expertId))
                .updateExpression(RELEASE)
                .conditionExpression(RELEASE_CONDITION)
                .expressionAttributeValues(Map.of(":one", ItemBuilder.n(1), ":zero", ItemBuilder.n(0)))
                .build();
        try {
            transact(ticket, giveBack);
        } catch (TransactionCanceledException e) {
            throwIfTicketChanged(ticket, e);
            if (!Cancellations.failed(e, EXPERT_ITEM)) {
                throw e;
            }
            storeTicketAlone(ticket);
        }
    }

    private void transact(Ticket ticket, Update expert) {
        client.transactWriteItems(request -> request.transactItems(
                TransactWriteItem.builder().put(ticketPut(ticket)).build(),
                TransactWriteItem.builder().update(expert).build()));
    }

    private Put ticketPut(Ticket ticket) {
        return Put.builder().tableName(ticketsTable).item(TicketItems.toItem(ticket))
                .conditionExpression(TICKET_CONDITION)
                .expressionAttributeValues(Map.of(":previous", ItemBuilder.n(ticket.version() - 1)))
                .build();
    }

    private void storeTicketAlone(Ticket ticket) {
        Put put = ticketPut(ticket);
        try {
            client.putItem(request -> request.tableName(put.tableName()).item(put.item())
                    .conditionExpression(put.conditionExpression())
                    .expressionAttributeValues(put.expressionAttributeValues()));
        } catch (ConditionalCheckFailedException e) {
            throw changed(ticket);
        }
    }

    private static void throwIfTicketChanged(Ticket ticket, TransactionCanceledException e) {
        if (Cancellations.failed(e, TICKET_ITEM)) {
            throw changed(ticket);
        }
        if (Cancellations.collided(e)) {
            throw new ConflictException("ticket " + ticket.ticketId() + " or its expert is being changed by "
                    + "another transaction; retry");
        }
    }

    private static ConflictException changed(Ticket ticket) {
        return new ConflictException("ticket " + ticket.ticketId() + " changed since version "
                + (ticket.version() - 1) + " was read");
    }

    private static Map<String, AttributeValue> expertKey(String id) {
        return Map.of(ExpertItems.KEY, ItemBuilder.s(id));
    }
}
