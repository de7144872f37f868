package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.port.IdempotencyClaim;
import com.penultimate.sysops.core.port.TicketCreation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;

/**
 * Idempotency records of ticket creation in the Idempotency table: {@code idempotencyKey}, the
 * {@code ticketId} it made, the request's {@code fingerprint}, {@code createdAt} and {@code expiresAt}
 * (epoch seconds, the table's TTL attribute). A record past its expiry no longer blocks its key, since
 * DynamoDB may delete expired items days late.
 */
final class TicketClaims {
    private static final Duration RETENTION = Duration.ofHours(24);
    static final int TICKET_ITEM = 0;
    static final int CLAIM_ITEM = 1;

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    TicketClaims(DynamoDbClient client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    /** The record's put, second in the transaction after the ticket's. */
    Put put(IdempotencyClaim claim, Ticket ticket) {
        Instant now = clock.instant();
        return Put.builder().tableName(table)
                .item(new ItemBuilder()
                        .string("idempotencyKey", claim.key())
                        .string("ticketId", ticket.ticketId())
                        .string("fingerprint", claim.fingerprint())
                        .instant("createdAt", now)
                        .number("expiresAt", now.plus(RETENTION).getEpochSecond())
                        .build())
                .conditionExpression("attribute_not_exists(idempotencyKey) OR expiresAt < :now")
                .expressionAttributeValues(Map.of(":now", ItemBuilder.n(now.getEpochSecond())))
                .build();
    }

    /** The ticket an earlier request with the claim's key made; called when the claim's condition failed. */
    TicketCreation earlierCreation(IdempotencyClaim claim) {
        GetItemResponse earlier = client.getItem(get -> get.tableName(table).consistentRead(true)
                .key(Map.of("idempotencyKey", ItemBuilder.s(claim.key()))));
        if (!earlier.hasItem()) {
            // It expired and was deleted between the failed write and this read: the client may simply retry.
            throw new ConflictException("idempotency record " + claim.key() + " expired meanwhile; retry");
        }
        ItemReader record = new ItemReader(earlier.item());
        return new TicketCreation.AlreadyCreated(record.string("ticketId"), record.string("fingerprint"));
    }
}
