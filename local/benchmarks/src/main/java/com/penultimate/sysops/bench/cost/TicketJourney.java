package com.penultimate.sysops.bench.cost;

import com.penultimate.sysops.local.LocalApi;
import com.penultimate.sysops.local.outbox.Outbox;
import com.penultimate.sysops.local.outbox.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One ticket's life as its users drive it, through the HTTP API only: the customer files it, the offered expert
 * accepts and completes it, the customer answers the survey emailed to them. It watches the ticket in DynamoDB
 * Local directly and the outbox in-process, so watching adds nothing to the metered usage.
 */
final class TicketJourney {
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Pattern SURVEY_LINK = Pattern.compile("/surveys/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

    private final LocalApi api;
    private final DynamoDbClient engine;
    private final String ticketsTable;
    private final Outbox outbox;

    TicketJourney(LocalApi api, DynamoDbClient engine, String ticketsTable, Outbox outbox) {
        this.api = api;
        this.engine = engine;
        this.ticketsTable = ticketsTable;
        this.outbox = outbox;
    }

    /** Runs the journey for a registered customer; returns how many offers the expert side had to accept. */
    int run(String customerToken, String customerEmail, String product) {
        LocalApi.Answer filed = api.send("POST", "/tickets", customerToken,
                "{\"product\":\"" + product + "\",\"description\":\"The router drops the connection every evening.\"}");
        expect(filed, 202, "file");
        String ticketId = filed.json().get("ticketId").asText();
        int attempts = 0;
        String expert = null;
        while (expert == null) {
            Map<String, AttributeValue> ticket = awaitTicket(ticketId, "OFFERED", "ACCEPTED");
            String offeredTo = ticket.get("assignedExpertId").s();
            if (ticket.get("status").s().equals("ACCEPTED")) {
                expert = offeredTo;
            } else {
                attempts++;
                String token = api.token(offeredTo, "expert");
                if (api.send("POST", "/tickets/" + ticketId + "/accept", token, "{}").status() == 202) {
                    expert = offeredTo;
                }
            }
        }
        String expertToken = api.token(expert, "expert");
        awaitTicket(ticketId, "ACCEPTED");
        expect(api.send("POST", "/tickets/" + ticketId + "/complete", expertToken,
                "{\"resolution\":\"Replaced the power supply and updated the firmware.\"}"), 202, "complete");
        String survey = awaitSurveyToken(customerEmail);
        expect(api.send("GET", "/surveys/" + survey, null, null), 200, "open the survey");
        expect(api.send("POST", "/surveys/" + survey, null, "{\"rating\":5,\"comments\":\"Quick and friendly.\"}"),
                200, "answer the survey");
        awaitTicket(ticketId, "SURVEYED");
        return attempts;
    }

    private Map<String, AttributeValue> awaitTicket(String ticketId, String... statuses) {
        return await("ticket " + ticketId + " in " + String.join("/", statuses), () -> {
            Map<String, AttributeValue> item = engine.getItem(g -> g.tableName(ticketsTable)
                    .key(Map.of("ticketId", AttributeValue.fromS(ticketId))).consistentRead(true)).item();
            if (item == null || !item.containsKey("status")) {
                return Optional.empty();
            }
            for (String status : statuses) {
                if (item.get("status").s().equals(status)) {
                    return Optional.of(item);
                }
            }
            return Optional.empty();
        });
    }

    private String awaitSurveyToken(String email) {
        return await("survey email to " + email, () -> outbox.messages().stream()
                .filter(m -> m.channel() == OutboxMessage.Channel.EMAIL && m.to().equals(email))
                .map(message -> SURVEY_LINK.matcher(message.body()))
                .filter(Matcher::find).map(m -> m.group(1)).findFirst());
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> seen = probe.get();
            if (seen.isPresent()) {
                return seen.get();
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        throw new IllegalStateException("timed out waiting for " + what);
    }

    private static void expect(LocalApi.Answer answer, int status, String step) {
        if (answer.status() != status) {
            throw new IllegalStateException(step + " answered " + answer.status() + ": " + answer.raw().body());
        }
    }
}
