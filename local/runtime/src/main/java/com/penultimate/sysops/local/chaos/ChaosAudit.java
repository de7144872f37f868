package com.penultimate.sysops.local.chaos;

import com.penultimate.sysops.local.outbox.OutboxMessage;
import com.penultimate.sysops.local.sqs.LocalQueues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Checks the stores, the outbox and the dead-letter queues after a chaos run against what the client did. Scans
 * are fine here: this is an audit, not a request path.
 */
final class ChaosAudit {
    private static final Set<String> HOLDING = Set.of("OFFERED", "ACCEPTED");
    private static final Set<String> ENDED = Set.of("SURVEYED", "ESCALATED", "CANCELLED");
    private static final Pattern SURVEY_TOKEN = Pattern.compile("/surveys/[A-Za-z0-9_.-]+");
    private static final Pattern SMS_REPLY = Pattern.compile("(ACCEPT|DECLINE|DONE) (T[A-Za-z0-9-]+)");

    private final DynamoDbClient dynamoDb;
    private final SqsClient sqs;
    private final LocalQueues queues;
    private final Set<String> reconcilingSchedules;
    private final List<String> deadLetterNotes = new ArrayList<>();

    /**
     * @param reconcilingSchedules the ARNs of schedules whose runs only reconcile (the sweeper that re-drives stuck
     *                             tickets): a failed run of theirs is made good by the next run, which the audit
     *                             checks by finding no ticket stuck
     */
    ChaosAudit(DynamoDbClient dynamoDb, SqsClient sqs, LocalQueues queues, Set<String> reconcilingSchedules) {
        this.dynamoDb = dynamoDb;
        this.sqs = sqs;
        this.queues = queues;
        this.reconcilingSchedules = Set.copyOf(reconcilingSchedules);
    }

    ChaosReport audit(List<TicketJourney.Outcome> outcomes, ChaosCast cast, List<OutboxMessage> sent) {
        Map<String, Map<String, AttributeValue>> tickets = scan("sysops-tickets-local", "ticketId");
        Set<String> customers = cast.customers().stream().map(ChaosCast.Customer::customerId).collect(Collectors.toSet());
        tickets.values().removeIf(t -> !customers.contains(t.get("customerId").s()));
        Set<String> filed = new HashSet<>();
        int lost = 0;
        int stuck = 0;
        for (TicketJourney.Outcome outcome : outcomes) {
            if (outcome.ticketId() == null || !tickets.containsKey(outcome.ticketId())) {
                lost++;
                continue;
            }
            filed.add(outcome.ticketId());
            if (!ENDED.contains(tickets.get(outcome.ticketId()).get("status").s())) {
                stuck++;
            }
        }
        int duplicates = (int) tickets.keySet().stream().filter(id -> !filed.contains(id)).count();
        int escalated = (int) tickets.values().stream().filter(t -> t.get("status").s().equals("ESCALATED")).count();
        int surveyed = (int) tickets.values().stream().filter(t -> t.get("status").s().equals("SURVEYED")).count();
        int unaccounted = unaccountedDeadLetters(tickets, stuck == 0);
        return new ChaosReport(lost, duplicates, stuck, escalated, overCapacity(cast), leakedBookings(cast, tickets),
                twoExperts(tickets.values()), duplicateMessages(cast, sent), duplicateCharges(customers), unaccounted,
                new ChaosReport.Checked(surveyed, (int) sent.stream().filter(m -> addresses(cast).contains(m.to())).count(),
                        invoices(customers).size(), deadLetterNotes.size(), deadLetterNotes));
    }

    private int overCapacity(ChaosCast cast) {
        return (int) experts(cast).values().stream().filter(e -> {
            int active = Integer.parseInt(e.get("activeTickets").n());
            return active < 0 || active > Integer.parseInt(e.get("capacity").n());
        }).count();
    }

    private int leakedBookings(ChaosCast cast, Map<String, Map<String, AttributeValue>> tickets) {
        Map<String, Long> held = tickets.values().stream()
                .filter(t -> HOLDING.contains(t.get("status").s()) && t.containsKey("assignedExpertId"))
                .collect(Collectors.groupingBy(t -> t.get("assignedExpertId").s(), Collectors.counting()));
        return (int) experts(cast).entrySet().stream()
                .filter(e -> Long.parseLong(e.getValue().get("activeTickets").n()) != held.getOrDefault(e.getKey(), 0L))
                .count();
    }

    /** A ticket accepted by two experts, or accepted, completed or surveyed twice. */
    private static int twoExperts(Collection<Map<String, AttributeValue>> tickets) {
        int count = 0;
        for (Map<String, AttributeValue> ticket : tickets) {
            Map<String, List<String>> byStep = new HashMap<>();
            for (AttributeValue entry : ticket.get("history").l()) {
                String to = entry.m().get("to").s();
                if (Set.of("ACCEPTED", "COMPLETED", "SURVEYED").contains(to)) {
                    byStep.computeIfAbsent(to, s -> new ArrayList<>()).add(entry.m().get("by").s());
                }
            }
            if (byStep.values().stream().anyMatch(by -> by.size() > 1)) {
                count++;
            }
        }
        return count;
    }

    /** The same text (survey tokens aside, which differ per sending) sent to the same customer more than once. */
    private static int duplicateMessages(ChaosCast cast, List<OutboxMessage> sent) {
        Set<String> addresses = addresses(cast);
        Map<String, Long> counts = sent.stream().filter(m -> addresses.contains(m.to()))
                .collect(Collectors.groupingBy(m -> m.to() + "|" + m.subject() + "|"
                        + SURVEY_TOKEN.matcher(m.body()).replaceAll("/surveys/*"), Collectors.counting()));
        return (int) counts.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
    }

    private static Set<String> addresses(ChaosCast cast) {
        Set<String> addresses = new HashSet<>();
        cast.customers().forEach(c -> {
            addresses.add(c.email());
            addresses.add(c.phone());
        });
        return addresses;
    }

    private List<Map<String, AttributeValue>> invoices(Set<String> customers) {
        return scan("sysops-invoices-local", "invoiceId").values().stream()
                .filter(i -> customers.contains(i.get("customerId").s())).toList();
    }

    /** Contract periods with more than one invoice, or more than one paid attempt at the provider. */
    private int duplicateCharges(Set<String> customers) {
        Map<String, Long> invoices = invoices(customers).stream()
                .collect(Collectors.groupingBy(i -> i.get("contractId").s() + "|" + i.get("periodStart").s(),
                        Collectors.counting()));
        Set<String> contracts = invoices.keySet().stream().map(k -> k.substring(0, k.indexOf('|')))
                .collect(Collectors.toSet());
        Map<String, Long> paid = scan("sysops-payment-attempts-local", "idempotencyKey").values().stream()
                .filter(a -> "PAID".equals(a.get("outcome").s()))
                .map(a -> a.get("idempotencyKey").s())
                .flatMap(key -> contracts.stream().filter(key::contains))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return (int) (invoices.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum()
                + paid.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum());
    }

    /**
     * Messages left in dead-letter queues whose work did not happen otherwise. An expert's text reply in the
     * SMS replies DLQ is accounted for when the ticket made that move anyway (the expert answered again); a failed
     * run of a reconciling schedule is accounted for when no ticket is left stuck (its next run did the work);
     * anything else left in a DLQ counts.
     */
    private int unaccountedDeadLetters(Map<String, Map<String, AttributeValue>> tickets, boolean nothingStuck) {
        int unaccounted = 0;
        for (String queue : queues.logicalIds()) {
            if (!queue.contains("DeadLetter")) {
                continue;
            }
            for (Message message : drain(queues.url(queue))) {
                Matcher reply = SMS_REPLY.matcher(message.body());
                String why = null;
                if (queue.startsWith("SmsReplies") && reply.find() && madeMove(tickets.get(reply.group(2)),
                        reply.group(1))) {
                    why = "the ticket made the move anyway";
                } else if (nothingStuck && reconcilingSchedules.stream().anyMatch(message.body()::contains)) {
                    why = "a later run of the schedule left no ticket stuck";
                }
                if (why == null) {
                    unaccounted++;
                }
                MessageAttributeValue error = message.messageAttributes().get("ErrorMessage");
                deadLetterNotes.add(queue + ": " + (why == null ? "UNACCOUNTED" : "accounted for, " + why)
                        + "; error: " + (error == null ? "-" : error.stringValue()) + "; body: "
                        + message.body().substring(0, Math.min(160, message.body().length())));
            }
        }
        return unaccounted;
    }

    private static boolean madeMove(Map<String, AttributeValue> ticket, String command) {
        String to = switch (command) {
            case "ACCEPT" -> "ACCEPTED";
            case "DONE" -> "COMPLETED";
            default -> "MATCHING";
        };
        return ticket != null && ticket.get("history").l().stream().anyMatch(e -> e.m().get("to").s().equals(to));
    }

    private List<Message> drain(String url) {
        List<Message> all = new ArrayList<>();
        List<Message> batch;
        do {
            batch = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).visibilityTimeout(300)
                    .messageAttributeNames("All").waitTimeSeconds(0)).messages();
            all.addAll(batch);
        } while (!batch.isEmpty());
        return all;
    }

    private Map<String, Map<String, AttributeValue>> experts(ChaosCast cast) {
        Map<String, Map<String, AttributeValue>> experts = scan("sysops-experts-local", "expertId");
        experts.keySet().retainAll(cast.expertPhones().keySet());
        return experts;
    }

    private Map<String, Map<String, AttributeValue>> scan(String table, String key) {
        Map<String, Map<String, AttributeValue>> items = new HashMap<>();
        dynamoDb.scanPaginator(s -> s.tableName(table).consistentRead(true)).items()
                .forEach(item -> items.put(item.get(key).s(), item));
        return items;
    }
}
