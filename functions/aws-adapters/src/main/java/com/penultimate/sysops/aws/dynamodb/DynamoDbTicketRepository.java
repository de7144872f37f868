package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.IdempotencyClaim;
import com.penultimate.sysops.core.port.Page;
import com.penultimate.sysops.core.port.TicketCreation;
import com.penultimate.sysops.core.port.TicketRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * {@link TicketRepository} on the Tickets table (partition key {@code ticketId}) and its indexes
 * {@value #BY_CUSTOMER}, {@value #BY_STATUS}, {@value #BY_MONTH} and {@value #BY_EXPERT}, all read newest
 * first. A ticket created
 * under an idempotency claim is written in one transaction with its record in the Idempotency table.
 */
public final class DynamoDbTicketRepository implements TicketRepository {
    public static final String BY_CUSTOMER = "byCustomer";
    public static final String BY_STATUS = "byStatus";
    public static final String BY_MONTH = "byMonth";
    /** Sparse: only tickets an expert holds carry {@code assignedExpertId}. */
    public static final String BY_EXPERT = "byExpert";
    /** The most tickets {@link #byExpert} returns. */
    public static final int BY_EXPERT_LIMIT = 100;
    /** How many empty months in a row end the walk through every ticket. */
    public static final int DEFAULT_EMPTY_MONTH_LIMIT = 24;
    private static final String NEW_TICKET = "attribute_not_exists(ticketId)";

    private final DynamoDbClient client;
    private final String table;
    private final TicketClaims claims;
    private final PartitionQuery byCustomer;
    private final PartitionQuery byStatus;
    private final TicketsByMonth byMonth;
    private final PartitionQuery byExpert;

    public DynamoDbTicketRepository(DynamoDbClient client, String table, String idempotencyTable, Clock clock) {
        this(client, table, idempotencyTable, clock, DEFAULT_EMPTY_MONTH_LIMIT);
    }

    public DynamoDbTicketRepository(DynamoDbClient client, String table, String idempotencyTable, Clock clock,
                                    int emptyMonthLimit) {
        this.client = client;
        this.table = table;
        this.claims = new TicketClaims(client, idempotencyTable, clock);
        this.byCustomer = newestFirst(BY_CUSTOMER, "customerId");
        this.byStatus = newestFirst(BY_STATUS, "status");
        this.byMonth = new TicketsByMonth(newestFirst(BY_MONTH, "createdMonth"), clock, emptyMonthLimit);
        this.byExpert = newestFirst(BY_EXPERT, DispatchItems.ASSIGNED_EXPERT);
    }

    @Override
    public TicketCreation create(Ticket ticket, IdempotencyClaim claim) {
        Map<String, AttributeValue> item = TicketItems.toItem(ticket);
        try {
            if (claim == null) {
                client.putItem(put -> put.tableName(table).item(item).conditionExpression(NEW_TICKET));
            } else {
                client.transactWriteItems(request -> request.transactItems(
                        TransactWriteItem.builder().put(put -> put.tableName(table).item(item)
                                .conditionExpression(NEW_TICKET)).build(),
                        TransactWriteItem.builder().put(claims.put(claim, ticket)).build()));
            }
            return new TicketCreation.Created(ticket);
        } catch (ConditionalCheckFailedException e) {
            throw duplicate(ticket);
        } catch (TransactionCanceledException e) {
            return afterCancellation(ticket, claim, e);
        }
    }

    @Override
    public Optional<Ticket> find(String ticketId) {
        GetItemResponse response = client.getItem(get -> get.tableName(table).consistentRead(true)
                .key(Map.of(TicketItems.KEY, ItemBuilder.s(ticketId))));
        return response.hasItem() ? Optional.of(TicketItems.fromItem(response.item())) : Optional.empty();
    }

    @Override
    public void update(Ticket ticket) {
        try {
            client.putItem(put -> put.tableName(table).item(TicketItems.toItem(ticket))
                    .conditionExpression("version = :previous")
                    .expressionAttributeValues(Map.of(":previous", ItemBuilder.n(ticket.version() - 1))));
        } catch (ConditionalCheckFailedException e) {
            throw new ConflictException("ticket " + ticket.ticketId() + " changed since version "
                    + (ticket.version() - 1) + " was read");
        }
    }

    @Override
    public Page<Ticket> byCustomer(String customerId, int limit, String cursor) {
        return byCustomer.page(customerId, limit, cursor, TicketItems::fromItem);
    }

    @Override
    public List<Ticket> byExpert(String expertId) {
        return byExpert.read(expertId, BY_EXPERT_LIMIT, null).items().stream().map(TicketItems::fromItem).toList();
    }

    @Override
    public Page<Ticket> all(int limit, String cursor) {
        return byMonth.page(limit, cursor, TicketItems::fromItem);
    }

    @Override
    public Page<Ticket> byStatus(TicketStatus status, int limit, String cursor) {
        return byStatus.page(status.name(), limit, cursor, TicketItems::fromItem);
    }

    private PartitionQuery newestFirst(String index, String partitionKey) {
        return PartitionQuery.index(client, table, index, partitionKey,
                Set.of(TicketItems.KEY, partitionKey, "createdAt"), false);
    }

    private TicketCreation afterCancellation(Ticket ticket, IdempotencyClaim claim, TransactionCanceledException e) {
        if (Cancellations.failed(e, TicketClaims.CLAIM_ITEM)) {
            return claims.earlierCreation(claim);
        }
        if (Cancellations.failed(e, TicketClaims.TICKET_ITEM)) {
            throw duplicate(ticket);
        }
        if (Cancellations.collided(e)) {
            throw new ConflictException("a request with the same idempotency key is in progress; retry it");
        }
        throw e;
    }

    private static ConflictException duplicate(Ticket ticket) {
        return new ConflictException("ticket " + ticket.ticketId() + " exists");
    }
}
