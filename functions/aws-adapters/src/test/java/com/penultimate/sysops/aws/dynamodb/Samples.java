package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.matching.AssignmentExplanation;
import com.penultimate.sysops.core.matching.CandidateAssessment;
import com.penultimate.sysops.core.matching.Objective;
import com.penultimate.sysops.core.matching.WorkRule;
import com.penultimate.sysops.core.model.Address;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.NotificationPreference;
import com.penultimate.sysops.core.model.ServiceArea;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Domain values for adapter tests, and a way to read back exactly what was stored. */
final class Samples {
    static final Instant NOW = Instant.parse("2027-11-23T10:15:30Z");
    static final GeoPoint BERLIN = new GeoPoint(52.52, 13.405);

    private Samples() {
    }

    static Customer customer(String customerId) {
        return new Customer(customerId, "Ada Lovelace", "ada@example.com", "+15551234567",
                NotificationPreference.SMS, new Address("1 Main St", "Berlin", "10115", "DE"), BERLIN, null,
                NOW, NOW);
    }

    static SupportContract contract(String contractId, String customerId, LocalDate start) {
        return new SupportContract(contractId, customerId, Set.of("TV-100", "HIFI-7"), start,
                SupportContract.endOfPeriod(start), ContractStatus.ACTIVE);
    }

    static Expert expert(String expertId, String name) {
        return new Expert(expertId, name, "+15557654321", expertId.toLowerCase() + "@example.com",
                Set.of("tv", "audio"), BERLIN, new ServiceArea(BERLIN, 25.5), 3, true, 0, 1);
    }

    static Ticket ticket(String ticketId, String customerId, Instant createdAt) {
        return Ticket.received(ticketId, customerId, "TV-100", "no picture", BERLIN, customerId, createdAt);
    }

    /** The ticket moved to MATCHING and then OFFERED to {@code expertId}, with a one-candidate explanation. */
    static Ticket offered(Ticket ticket, String expertId) {
        Ticket matching = ticket.moveTo(TicketStatus.MATCHING, "workflow", "started", ticket.updatedAt());
        return offeredFrom(matching, expertId);
    }

    /** A MATCHING ticket offered to {@code expertId}: what the matching step hands the dispatcher. */
    static Ticket offeredFrom(Ticket matching, String expertId) {
        Instant at = matching.updatedAt();
        CandidateAssessment assessment = new CandidateAssessment(expertId,
                Map.of(WorkRule.HAS_SKILLS, true, WorkRule.AVAILABLE, true),
                Map.of(Objective.SHORT_TRAVEL, 0.875, Objective.LIGHT_LOAD, 0.5), 0.64375, 12.5);
        AssignmentExplanation why = new AssignmentExplanation(expertId, 3,
                Map.of(WorkRule.IN_SERVICE_AREA, 2), List.of(assessment), at);
        return matching.withDispatch(matching.dispatch().reserved(expertId, why, at))
                .moveTo(TicketStatus.OFFERED, "workflow", "offered to " + expertId, at);
    }

    /** The raw item under {@code key}, read consistently; empty if there is none. */
    static Map<String, AttributeValue> stored(String table, String keyName, String keyValue) {
        return DynamoDbLocalServer.client().getItem(get -> get.tableName(table).consistentRead(true)
                .key(Map.of(keyName, AttributeValue.fromS(keyValue)))).item();
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }
}
