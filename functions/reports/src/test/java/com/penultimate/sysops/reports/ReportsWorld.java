package com.penultimate.sysops.reports;

import com.penultimate.sysops.aws.dynamodb.DynamoDbCustomerRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbLocalServer;
import com.penultimate.sysops.aws.dynamodb.DynamoDbProductRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbReportStore;
import com.penultimate.sysops.aws.dynamodb.ReportTables;
import com.penultimate.sysops.core.model.NotificationPreference;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.reports.TicketReporting;
import com.penultimate.sysops.lambda.testing.TestWorld;
import java.time.Instant;
import java.util.Map;

/** A Reports table in DynamoDB Local with a few tickets of the week of 2026-11-23 counted into it. */
final class ReportsWorld {
    private final TestWorld world;
    private final String reports;

    ReportsWorld(Class<?> owner) {
        world = TestWorld.create(owner);
        world.product();
        world.customer(TestWorld.CUSTOMER_ID, NotificationPreference.EMAIL);
        reports = ReportTables.createFor(owner);
    }

    Map<String, Object> properties() {
        Map<String, Object> p = world.properties();
        p.put("sysops.tables.reports", reports);
        return p;
    }

    /** T1 completed by exp-ann and rated 4/5, T2 still waiting for an offer. */
    ReportsWorld weekOfTickets() {
        TicketReporting reporting = new TicketReporting(new DynamoDbReportStore(DynamoDbLocalServer.client(), reports),
                new DynamoDbProductRepository(DynamoDbLocalServer.client(), world.tables().products()),
                new DynamoDbCustomerRepository(DynamoDbLocalServer.client(), world.tables().customers()));
        Instant monday = Instant.parse("2026-11-23T09:00:00Z");
        reporting.record(Ticket.received("T1", TestWorld.CUSTOMER_ID, TestWorld.PRODUCT, "No sound, \"again\"",
                        TestWorld.CHICAGO, TestWorld.CUSTOMER_ID, monday)
                .moveTo(TicketStatus.MATCHING, "workflow", "looking", monday.plusSeconds(2))
                .moveTo(TicketStatus.OFFERED, "workflow", "offered to exp-ann (score 0.9)", monday.plusSeconds(45))
                .moveTo(TicketStatus.ACCEPTED, "exp-ann", "expert accepted", monday.plusSeconds(200))
                .moveTo(TicketStatus.COMPLETED, "exp-ann", "resolved", monday.plusSeconds(7_200))
                .moveTo(TicketStatus.SURVEYED, "customer", "survey answered: rated 4/5", monday.plusSeconds(90_000)));
        reporting.record(Ticket.received("T2", TestWorld.CUSTOMER_ID, TestWorld.PRODUCT, "Flicker", TestWorld.CHICAGO,
                        TestWorld.CUSTOMER_ID, monday.plusSeconds(86_400))
                .moveTo(TicketStatus.MATCHING, "workflow", "looking", monday.plusSeconds(86_402)));
        return this;
    }
}
