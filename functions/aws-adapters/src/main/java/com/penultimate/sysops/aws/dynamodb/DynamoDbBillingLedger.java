package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.billing.BillingStanding;
import com.penultimate.sysops.core.billing.BillingStep;
import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.Invoice;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.port.BillingLedger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * {@link BillingLedger} on the Contracts table and its {@code byBillingDay} index, with the period's payment
 * standing on the contract item itself ({@code billingDeclines}, {@code billingSteps}), and the Invoices table.
 * Contracts ending on a day are one Query per billing-day shard ({@value BillingDay#SHARDS} in all). Every record
 * is conditional on the contract's end date, status and decline count as they were read, so a stale decision
 * fails as a {@link ConflictException} instead of overwriting a newer one.
 */
public final class DynamoDbBillingLedger implements BillingLedger {
    static final String DECLINES = "billingDeclines";
    static final String STEPS = "billingSteps";

    private final DynamoDbClient client;
    private final String contracts;
    private final String invoices;
    private final PartitionQuery byBillingDay;

    public DynamoDbBillingLedger(DynamoDbClient client, String contractsTable, String invoicesTable) {
        this.client = client;
        this.contracts = contractsTable;
        this.invoices = invoicesTable;
        this.byBillingDay = PartitionQuery.index(client, contractsTable, DynamoDbContractRepository.BY_BILLING_DAY,
                "billingDay", Set.of("billingDay", "customerId", "contractId"), true);
    }

    @Override
    public List<SupportContract> endingOn(LocalDate day) {
        List<SupportContract> ending = new ArrayList<>();
        for (int shard = 0; shard < BillingDay.SHARDS; shard++) {
            // The same key BillingDay.of writes: the end date, '#', the two-digit shard.
            byBillingDay.everything(day + "#" + String.format("%02d", shard)).stream()
                    .map(DynamoDbContractRepository::fromItem).forEach(ending::add);
        }
        return ending;
    }

    @Override
    public Optional<BillingStanding> standing(String customerId, String contractId) {
        GetItemResponse response = client.getItem(get -> get.tableName(contracts).consistentRead(true)
                .key(key(customerId, contractId)));
        if (!response.hasItem()) {
            return Optional.empty();
        }
        ItemReader read = new ItemReader(response.item());
        return Optional.of(new BillingStanding(DynamoDbContractRepository.fromItem(response.item()),
                read.optionalInt(DECLINES, 0), read.stringSet(STEPS)));
    }

    @Override
    public void recordPayment(BillingStanding before, Invoice invoice, SupportContract renewed) {
        ItemUpdate renewal = unchanged(before)
                .setOrRemove("startDate", ItemBuilder.s(renewed.startDate().toString()))
                .setOrRemove("endDate", ItemBuilder.s(renewed.endDate().toString()))
                .setOrRemove("billingDay", ItemBuilder.s(BillingDay.of(renewed)))
                .setOrRemove("status", ItemBuilder.s(renewed.status().name()))
                .setOrRemove(DECLINES, null)
                .setOrRemove(STEPS, null);
        try {
            client.transactWriteItems(write -> write.transactItems(
                    TransactWriteItem.builder().put(put -> put.tableName(invoices).item(InvoiceItems.toItem(invoice))
                            .conditionExpression(InvoiceItems.NEW_INVOICE)).build(),
                    TransactWriteItem.builder().update(update -> update.tableName(contracts)
                            .key(key(before.contract()))
                            .conditionExpression(condition(before))
                            .updateExpression(renewal.expression())
                            .expressionAttributeNames(withConditionNames(renewal.names()))
                            .expressionAttributeValues(renewal.values())).build()));
        } catch (TransactionCanceledException e) {
            throw new ConflictException("contract " + before.contract().contractId()
                    + " changed meanwhile or its invoice " + invoice.invoiceId() + " exists");
        }
    }

    @Override
    public void recordDecline(BillingStanding before, BillingStep step, ContractStatus next) {
        ItemUpdate decline = unchanged(before)
                .setOrRemove("status", ItemBuilder.s(next.name()))
                .setOrRemove(DECLINES, ItemBuilder.n(before.declines() + 1L));
        String expression = decline.expression() + " ADD #" + STEPS + " :step";
        Map<String, String> names = new HashMap<>(withConditionNames(decline.names()));
        names.put("#" + STEPS, STEPS);
        Map<String, AttributeValue> values = new HashMap<>(decline.values());
        values.put(":step", AttributeValue.fromSs(List.of(step.label())));
        try {
            client.updateItem(update -> update.tableName(contracts).key(key(before.contract()))
                    .conditionExpression(condition(before))
                    .updateExpression(expression)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException e) {
            throw new ConflictException("contract " + before.contract().contractId() + " changed meanwhile");
        }
    }

    /** The placeholders {@link #condition} refers to: what the decision was made on. */
    private static ItemUpdate unchanged(BillingStanding before) {
        return new ItemUpdate()
                .withValue(":readEnd", ItemBuilder.s(before.contract().endDate().toString()))
                .withValue(":readStatus", ItemBuilder.s(before.contract().status().name()))
                .withValue(":readDeclines", ItemBuilder.n(before.declines()));
    }

    private static Map<String, String> withConditionNames(Map<String, String> names) {
        Map<String, String> all = new HashMap<>(names);
        all.putAll(Map.of("#endDate", "endDate", "#status", "status", "#" + DECLINES, DECLINES));
        return all;
    }

    static String condition(BillingStanding before) {
        String declines = before.declines() == 0 ? "(attribute_not_exists(#billingDeclines) OR #billingDeclines = "
                + ":readDeclines)" : "#billingDeclines = :readDeclines";
        return "#endDate = :readEnd AND #status = :readStatus AND " + declines;
    }

    private static Map<String, AttributeValue> key(SupportContract contract) {
        return key(contract.customerId(), contract.contractId());
    }

    private static Map<String, AttributeValue> key(String customerId, String contractId) {
        return Map.of("customerId", ItemBuilder.s(customerId), "contractId", ItemBuilder.s(contractId));
    }
}
