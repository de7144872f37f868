package com.penultimate.sysops.local.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.penultimate.sysops.local.auth.LocalTokenIssuer;
import com.penultimate.sysops.local.outbox.Outbox;
import com.penultimate.sysops.local.outbox.OutboxMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ticket's life driven as its people would: the customer files it (retrying with the same
 * {@code Idempotency-Key}), the offered expert accepts and completes in the app or by text (again if nothing
 * happens), and the customer answers the survey link from their email or SMS.
 */
final class TicketJourney {
    private static final Pattern SURVEY_LINK = Pattern.compile("/surveys/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");
    private static final Set<String> END = Set.of("SURVEYED", "ESCALATED", "CANCELLED");
    private static final Duration ANSWER_AGAIN_AFTER = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(200);

    private final ChaosClient api;
    private final LocalTokenIssuer tokens;
    private final Outbox outbox;
    private final ChaosCast cast;
    private final String manager;
    private final Duration patience;

    TicketJourney(ChaosClient api, LocalTokenIssuer tokens, Outbox outbox, ChaosCast cast, Duration patience) {
        this.api = api;
        this.tokens = tokens;
        this.outbox = outbox;
        this.cast = cast;
        this.manager = tokens.mint("chaos-manager", List.of("manager"), Duration.ofHours(6));
        this.patience = patience;
    }

    /**
     * How a journey ended: the ticket id (null when filing failed even after retries) and the last status seen.
     */
    record Outcome(int number, String ticketId, String lastStatus) {
        boolean finished() {
            return lastStatus != null && END.contains(lastStatus);
        }
    }

    Outcome run(int number) {
        ChaosCast.Customer customer = cast.customers().get(number % cast.customers().size());
        ChaosClient.Answer filed = api.send("POST", "/tickets", customer.token(),
                "{\"product\":\"" + ChaosRun.PRODUCT + "\",\"description\":\"Chaos ticket " + number
                        + ": the picture flickers and the set restarts.\"}", "Idempotency-Key", "chaos-" + number);
        if (!filed.ok()) {
            return new Outcome(number, null, null);
        }
        String ticketId = filed.json().path("ticketId").asText();
        boolean bySms = number % 2 == 1;
        long deadline = System.nanoTime() + patience.toNanos();
        String status = "RECEIVED";
        String answeredFor = null;
        long answeredAt = 0;
        while (System.nanoTime() < deadline) {
            JsonNode ticket = api.send("GET", "/tickets/" + ticketId, manager, null).json();
            status = ticket.path("status").asText(status);
            if (END.contains(status)) {
                return new Outcome(number, ticketId, status);
            }
            String expertId = ticket.path("assignedExpert").path("expertId").asText(null);
            String step = status + "/" + expertId + "/" + ticket.path("version").asText();
            boolean due = !step.equals(answeredFor) || System.nanoTime() - answeredAt > ANSWER_AGAIN_AFTER.toNanos();
            if (due && expertId != null && (status.equals("OFFERED") || status.equals("ACCEPTED"))) {
                answer(ticketId, expertId, status.equals("OFFERED"), bySms);
                answeredFor = step;
                answeredAt = System.nanoTime();
            } else if (due && status.equals("COMPLETED")) {
                Optional<String> link = surveyLink(customer, ticketId);
                if (link.isPresent()) {
                    api.send("POST", "/surveys/" + link.get(), null, "{\"rating\":4,\"comments\":\"Fixed.\"}");
                    answeredFor = step;
                    answeredAt = System.nanoTime();
                }
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return new Outcome(number, ticketId, status);
    }

    private void answer(String ticketId, String expertId, boolean accept, boolean bySms) {
        if (bySms) {
            String text = accept ? "ACCEPT " + ticketId : "DONE " + ticketId + " replaced the power board";
            api.send("POST", "/local/sms-inbound", null, "{\"from\":\"" + cast.expertPhones().get(expertId)
                    + "\",\"body\":\"" + text + "\"}");
        } else {
            String expert = tokens.mint(expertId, List.of("expert"), Duration.ofMinutes(10));
            api.send("POST", "/tickets/" + ticketId + (accept ? "/accept" : "/complete"), expert,
                    accept ? "{}" : "{\"resolution\":\"Replaced the power board.\"}");
        }
    }

    private Optional<String> surveyLink(ChaosCast.Customer customer, String ticketId) {
        for (OutboxMessage message : outbox.messages()) {
            boolean toCustomer = message.to().equals(customer.email()) || message.to().equals(customer.phone());
            String text = (message.subject() == null ? "" : message.subject()) + " " + message.body();
            Matcher link = SURVEY_LINK.matcher(message.body());
            if (toCustomer && text.contains(ticketId) && link.find()) {
                return Optional.of(link.group(1));
            }
        }
        return Optional.empty();
    }
}
