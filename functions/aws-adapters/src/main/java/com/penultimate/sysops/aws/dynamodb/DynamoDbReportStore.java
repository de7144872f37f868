package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.ReportStore;
import com.penultimate.sysops.core.reports.DayCounters;
import com.penultimate.sysops.core.reports.ReportUpdate;
import com.penultimate.sysops.core.reports.TicketProfile;
import com.penultimate.sysops.core.reports.TicketProgress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * {@link ReportStore} on the Reports table ({@code pk}, {@code sk}):
 * <ul>
 *   <li>day counters: {@code pk = day#<yyyy-MM>}, {@code sk = <yyyy-MM-dd>#<scope>}, one number attribute per
 *       counter, grown by atomic {@code ADD}; a month of one scope or all of them is one Query;</li>
 *   <li>open tickets now: {@code pk = open}, {@code sk = now}, one number per status;</li>
 *   <li>a ticket's progress: {@code pk = ticket#<ticketId>}, {@code sk = progress}: entries counted and profile;</li>
 *   <li>a customer's last filing for a product: {@code pk = filed#<customerId>#<product>}, {@code sk = last}.</li>
 * </ul>
 * An update is one transaction, conditional on the ticket's progress (and the last filing) as read.
 */
public final class DynamoDbReportStore implements ReportStore {
    /** A transaction's item limit: an update touching more days and scopes is refused. */
    static final int MAX_ITEMS = 100;

    private final DynamoDbClient client;
    private final String table;

    public DynamoDbReportStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public Optional<TicketProgress> progress(String ticketId) {
        return get("ticket#" + ticketId, "progress").map(item -> {
            ItemReader read = new ItemReader(item);
            return new TicketProgress(read.intNumber("applied"), new TicketProfile(ticketId,
                    read.string("customerId"), read.string("product"), read.stringSet("skills"), read.string("area")));
        });
    }

    @Override
    public Optional<Instant> lastFiled(String customerId, String product) {
        return get(filedKey(customerId, product), "last").map(item -> new ItemReader(item).instant("filedAt"));
    }

    @Override
    public void apply(ReportUpdate update) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(progress(update));
        Map<List<String>, Map<String, Long>> byItem = new LinkedHashMap<>();
        update.increments().forEach((counter, amount) -> byItem.computeIfAbsent(
                List.of("day#" + YearMonth.from(counter.day()), counter.day() + "#" + counter.scope()),
                k -> new LinkedHashMap<>()).merge(counter.name(), amount, Long::sum));
        byItem.forEach((key, counters) -> writes.add(add(key.get(0), key.get(1), counters)));
        Map<String, Long> open = new LinkedHashMap<>();
        update.openChanges().forEach((status, change) -> {
            if (change != 0) {
                open.put(status.name(), change);
            }
        });
        if (!open.isEmpty()) {
            writes.add(add("open", "now", open));
        }
        if (update.repeat() != null) {
            writes.add(lastFiling(update));
        }
        if (writes.size() > MAX_ITEMS) {
            throw new IllegalStateException("ticket " + update.profile().ticketId() + " touches " + writes.size()
                    + " report items at once, more than a transaction holds");
        }
        try {
            client.transactWriteItems(write -> write.transactItems(writes));
        } catch (TransactionCanceledException e) {
            if (e.cancellationReasons().stream().map(CancellationReason::code)
                    .anyMatch("ConditionalCheckFailed"::equals)) {
                throw new ConflictException("ticket " + update.profile().ticketId() + " was counted meanwhile");
            }
            throw e;
        }
    }

    @Override
    public List<DayCounters> days(LocalDate from, LocalDate to) {
        List<DayCounters> days = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> after = start;
                String pk = "day#" + month;
                QueryResponse page = client.query(query -> query.tableName(table)
                        .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                        .expressionAttributeValues(Map.of(":pk", ItemBuilder.s(pk),
                                ":from", ItemBuilder.s(from.toString()), ":to", ItemBuilder.s(to + "#\uffff")))
                        .exclusiveStartKey(after));
                page.items().forEach(item -> days.add(dayCounters(item)));
                start = page.lastEvaluatedKey().isEmpty() ? null : page.lastEvaluatedKey();
            } while (start != null);
        }
        return days;
    }

    @Override
    public Map<TicketStatus, Long> openNow() {
        Map<TicketStatus, Long> open = new EnumMap<>(TicketStatus.class);
        get("open", "now").ifPresent(item -> item.forEach((name, value) -> {
            if (value.n() != null) {
                open.put(TicketStatus.valueOf(name), Long.parseLong(value.n()));
            }
        }));
        return open;
    }

    private TransactWriteItem progress(ReportUpdate update) {
        TicketProfile profile = update.profile();
        ItemUpdate set = new ItemUpdate()
                .setOrRemove("applied", ItemBuilder.n(update.appliedAfter()))
                .setOrRemove("customerId", ItemBuilder.s(profile.customerId()))
                .setOrRemove("product", ItemBuilder.s(profile.product()))
                .setOrRemove("skills", profile.skills().isEmpty() ? null
                        : AttributeValue.fromSs(List.copyOf(profile.skills())))
                .setOrRemove("area", ItemBuilder.s(profile.area()));
        String condition;
        if (update.appliedBefore() == 0) {
            condition = "attribute_not_exists(#applied)";
        } else {
            condition = "#applied = :appliedBefore";
            set.withValue(":appliedBefore", ItemBuilder.n(update.appliedBefore()));
        }
        return TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(key("ticket#" + profile.ticketId(), "progress"))
                .updateExpression(set.expression()).conditionExpression(condition)
                .expressionAttributeNames(set.names()).expressionAttributeValues(set.values())).build();
    }

    private TransactWriteItem lastFiling(ReportUpdate update) {
        Instant previous = update.repeat().previousFiledAt();
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":filedAt", ItemBuilder.s(update.repeat().filedAt().toString()));
        String condition = "attribute_not_exists(filedAt)";
        if (previous != null) {
            condition = "filedAt = :previous";
            values.put(":previous", ItemBuilder.s(previous.toString()));
        }
        String checked = condition;
        return TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(key(filedKey(update.repeat().customerId(), update.repeat().product()), "last"))
                .updateExpression("SET filedAt = :filedAt").conditionExpression(checked)
                .expressionAttributeValues(values)).build();
    }

    /** Atomic additions to one item's counters. */
    private TransactWriteItem add(String pk, String sk, Map<String, Long> counters) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        List<String> adds = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> counter : counters.entrySet()) {
            names.put("#c" + i, counter.getKey());
            values.put(":c" + i, ItemBuilder.n(counter.getValue()));
            adds.add("#c" + i + " :c" + i);
            i++;
        }
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(key(pk, sk))
                .updateExpression("ADD " + String.join(", ", adds))
                .expressionAttributeNames(names).expressionAttributeValues(values)).build();
    }

    private Optional<Map<String, AttributeValue>> get(String pk, String sk) {
        GetItemResponse response = client.getItem(get -> get.tableName(table).consistentRead(true).key(key(pk, sk)));
        return response.hasItem() ? Optional.of(response.item()) : Optional.empty();
    }

    private static DayCounters dayCounters(Map<String, AttributeValue> item) {
        String sk = item.get("sk").s();
        Map<String, Long> values = new HashMap<>();
        item.forEach((name, value) -> {
            if (value.n() != null) {
                values.put(name, Long.parseLong(value.n()));
            }
        });
        return new DayCounters(LocalDate.parse(sk.substring(0, 10)), sk.substring(11), values);
    }

    private static String filedKey(String customerId, String product) {
        return "filed#" + customerId + "#" + product;
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", ItemBuilder.s(pk), "sk", ItemBuilder.s(sk));
    }
}
