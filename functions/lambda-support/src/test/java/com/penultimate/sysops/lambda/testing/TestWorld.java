package com.penultimate.sysops.lambda.testing;

import com.penultimate.sysops.aws.dynamodb.DynamoDbCustomerRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbDispatcher;
import com.penultimate.sysops.aws.dynamodb.DynamoDbExpertRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbLocalServer;
import com.penultimate.sysops.aws.dynamodb.DynamoDbProductRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbTicketRepository;
import com.penultimate.sysops.aws.dynamodb.SysopsTables;
import com.penultimate.sysops.aws.dynamodb.TableNames;
import com.penultimate.sysops.core.matching.AssignmentExplanation;
import com.penultimate.sysops.core.model.Address;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.NotificationPreference;
import com.penultimate.sysops.core.model.Product;
import com.penultimate.sysops.core.model.ServiceArea;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A fresh set of Sysops tables in the shared DynamoDB Local, and ready-made customers, experts, products and
 * tickets in any state of their life, written through the real adapters. The ids match the {@code events/}
 * files: ticket {@value #TICKET_ID}, expert {@value #EXPERT_ID} texting from {@value #EXPERT_PHONE}.
 */
public final class TestWorld {
    public static final String TICKET_ID = "T7K2M9Q4X8B3D";
    public static final String EXPERT_ID = "exp-ann";
    public static final String EXPERT_PHONE = "+13125550199";
    public static final String CUSTOMER_ID = "cust-zoe";
    public static final String PRODUCT = "TV-OLED55";
    public static final GeoPoint CHICAGO = new GeoPoint(41.8781, -87.6298);

    private final TableNames tables;
    private final DynamoDbClient client = DynamoDbLocalServer.client();

    private TestWorld(TableNames tables) {
        this.tables = tables;
    }

    /** New, empty tables named after {@code owner}. */
    public static TestWorld create(Class<?> owner) {
        return new TestWorld(SysopsTables.createFor(owner));
    }

    public TableNames tables() {
        return tables;
    }

    /** The settings a function needs to use these tables in DynamoDB Local. */
    public Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        p.put("sysops.tables.customers", tables.customers());
        p.put("sysops.tables.contracts", tables.contracts());
        p.put("sysops.tables.products", tables.products());
        p.put("sysops.tables.experts", tables.experts());
        p.put("sysops.tables.expert-cells", tables.expertCells());
        p.put("sysops.tables.tickets", tables.tickets());
        p.put("sysops.tables.idempotency", tables.idempotency());
        p.put("sysops.aws.endpoints.dynamodb", DynamoDbLocalServer.endpoint().toString());
        return p;
    }

    public DynamoDbTicketRepository tickets() {
        return new DynamoDbTicketRepository(client, tables.tickets(), tables.idempotency(), Clock.systemUTC());
    }

    public DynamoDbExpertRepository experts() {
        return new DynamoDbExpertRepository(client, tables.experts(), tables.expertCells());
    }

    public DynamoDbCustomerRepository customers() {
        return new DynamoDbCustomerRepository(client, tables.customers());
    }

    public Ticket ticket(String ticketId) {
        return tickets().find(ticketId).orElseThrow(() -> new AssertionError("no ticket " + ticketId));
    }

    public Expert expert(String expertId) {
        return experts().find(expertId).orElseThrow(() -> new AssertionError("no expert " + expertId));
    }

    /** A 55in OLED TV needing the skills {@code tv} and {@code av}. */
    public Product product() {
        return product(PRODUCT, "tv", "av");
    }

    public Product product(String code, String... skills) {
        Product product = new Product(code, code + " (test product)", Set.of(skills));
        new DynamoDbProductRepository(client, tables.products()).put(product);
        return product;
    }

    public Customer customer(String customerId, NotificationPreference preference) {
        Instant now = Instant.now();
        Customer customer = new Customer(customerId, "Zoe Quinn", customerId + "@example.com", "+13125550111",
                preference, new Address("1 Main St", "Chicago", "60601", "US"), CHICAGO, null, now, now);
        customers().create(customer);
        return customer;
    }

    /** An available expert in Chicago with the TV skills and room for three tickets. */
    public Expert expert(String expertId, String phone) {
        Expert expert = new Expert(expertId, "Ann Expert", phone, expertId + "@sysops.example", Set.of("tv", "av"),
                CHICAGO, new ServiceArea(CHICAGO, 30), 3, true, 0, 1);
        experts().create(expert);
        return expert;
    }

    /** A new ticket for the TV, filed at {@code createdAt}. */
    public Ticket received(String ticketId, Instant createdAt) {
        return received(ticketId, PRODUCT, createdAt);
    }

    public Ticket received(String ticketId, String product, Instant createdAt) {
        Ticket ticket = Ticket.received(ticketId, CUSTOMER_ID, product, "The TV has picture but no sound.", CHICAGO,
                CUSTOMER_ID, createdAt);
        tickets().create(ticket, null);
        return ticket;
    }

    public Ticket matching(String ticketId) {
        return matching(ticketId, PRODUCT);
    }

    public Ticket matching(String ticketId, String product) {
        Ticket received = received(ticketId, product, Instant.now());
        return store(received.moveTo(TicketStatus.MATCHING, "workflow", "looking for an expert", Instant.now()));
    }

    /** Moves a stored ticket on at {@code at}, e.g. to WAITING_FOR_EXPERT; the history records {@code reason}. */
    public Ticket moved(String ticketId, TicketStatus status, String reason, Instant at) {
        return store(ticket(ticketId).moveTo(status, "workflow", reason, at));
    }

    /**
     * Offered to {@code expertId} (their capacity taken), the workflow waiting on {@code taskToken}, or not yet
     * waiting when it is null.
     */
    public Ticket offered(String ticketId, String expertId, String taskToken) {
        Ticket matching = matching(ticketId);
        Instant now = Instant.now();
        AssignmentExplanation why = new AssignmentExplanation(expertId, 1, Map.of(), List.of(), now);
        Ticket offered = matching.withDispatch(matching.dispatch().reserved(expertId, why, now))
                .moveTo(TicketStatus.OFFERED, "workflow", "offered to " + expertId, now);
        if (!new DynamoDbDispatcher(client, tables.tickets(), tables.experts()).reserve(offered, expertId)) {
            throw new AssertionError("expert " + expertId + " could not be reserved");
        }
        return waitingOn(offered, taskToken);
    }

    /** Accepted by {@code expertId}, the workflow waiting on {@code taskToken} for completion. */
    public Ticket accepted(String ticketId, String expertId, String taskToken) {
        Ticket offered = offered(ticketId, expertId, "offer-" + taskToken);
        Ticket accepted = offered.withDispatch(offered.dispatch().waitingOn(null))
                .moveTo(TicketStatus.ACCEPTED, expertId, "expert accepted", Instant.now());
        return waitingOn(store(accepted), taskToken);
    }

    /** Deletes the ticket (giving back the capacity of an expert it holds), so a test can lay it out again. */
    public void forget(String ticketId) {
        tickets().find(ticketId).filter(t -> t.assignedExpertId() != null).ifPresent(t ->
                new DynamoDbDispatcher(client, tables.tickets(), tables.experts())
                        .release(t.touched(Instant.now()), t.assignedExpertId()));
        client.deleteItem(delete -> delete.tableName(tables.tickets())
                .key(Map.of("ticketId", AttributeValue.fromS(ticketId))));
    }

    private Ticket waitingOn(Ticket ticket, String taskToken) {
        return store(ticket.withDispatch(ticket.dispatch().waitingOn(taskToken)).touched(Instant.now()));
    }

    private Ticket store(Ticket after) {
        tickets().update(after);
        return after;
    }
}
