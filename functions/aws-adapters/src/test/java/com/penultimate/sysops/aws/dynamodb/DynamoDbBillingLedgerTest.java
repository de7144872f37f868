package com.penultimate.sysops.aws.dynamodb;

import static com.penultimate.sysops.aws.dynamodb.Samples.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.aws.RecordedRequests;
import com.penultimate.sysops.core.billing.BillingStanding;
import com.penultimate.sysops.core.billing.BillingStep;
import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.Invoice;
import com.penultimate.sysops.core.model.SupportContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

class DynamoDbBillingLedgerTest {
    private static final TableNames TABLES = SysopsTables.createFor(DynamoDbBillingLedgerTest.class);
    private static final BillingTables BILLING = BillingTables.createFor(DynamoDbBillingLedgerTest.class);
    private static final RecordedRequests SENT = new RecordedRequests();
    private static final DynamoDbClient CLIENT = DynamoDbLocalServer.newClient(List.of(SENT));
    private static final LocalDate END = LocalDate.parse("2027-03-31");

    private final DynamoDbContractRepository contracts = new DynamoDbContractRepository(CLIENT, TABLES.contracts());
    private final DynamoDbBillingLedger ledger = new DynamoDbBillingLedger(CLIENT, TABLES.contracts(),
            BILLING.invoices());
    private final DynamoDbInvoiceRepository invoices = new DynamoDbInvoiceRepository(CLIENT, BILLING.invoices());

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void endingOn_findsEveryContractOfTheDayAcrossTheShardsWithOneQueryEach() {
        LocalDate busyDay = LocalDate.parse("2027-06-30");
        List<String> ids = IntStream.range(0, 40).mapToObj(i -> "C-END-" + i).toList();
        ids.forEach(id -> contracts.add(contract(id, "cust-" + id, busyDay, ContractStatus.ACTIVE)));
        contracts.add(contract("C-NEXT-DAY", "cust-next", busyDay.plusDays(1), ContractStatus.ACTIVE));
        SENT.clear();

        List<SupportContract> ending = ledger.endingOn(busyDay);

        assertThat(ending).extracting(SupportContract::contractId).containsExactlyInAnyOrderElementsOf(ids);
        List<QueryRequest> queries = SENT.of(QueryRequest.class);
        assertThat(queries).hasSize(16).allSatisfy(q -> {
            assertThat(q.indexName()).isEqualTo("byBillingDay");
            assertThat(q.keyConditionExpression()).isEqualTo("#pk = :pk");
        });
        assertThat(queries).extracting(q -> q.expressionAttributeValues().get(":pk").s())
                .containsExactlyElementsOf(IntStream.range(0, 16).mapToObj(i -> String.format("2027-06-30#%02d", i))
                        .toList());
        assertThat(SENT.of(ScanRequest.class)).isEmpty();
    }

    @Test
    void recordPayment_storesTheInvoiceAndRenewsTheContractInOneTransaction() {
        SupportContract contract = contract("C-PAY", "cust-pay", END, ContractStatus.ACTIVE);
        contracts.add(contract);
        BillingStanding standing = ledger.standing("cust-pay", "C-PAY").orElseThrow();
        SENT.clear();

        ledger.recordPayment(standing, invoice(contract), contract.renewed());

        TransactWriteItemsRequest transaction = SENT.of(TransactWriteItemsRequest.class).get(0);
        assertThat(transaction.transactItems().get(0).put().conditionExpression())
                .isEqualTo("attribute_not_exists(invoiceId)");
        assertThat(transaction.transactItems().get(1).update().conditionExpression()).isEqualTo(
                "#endDate = :readEnd AND #status = :readStatus AND (attribute_not_exists(#billingDeclines) OR "
                        + "#billingDeclines = :readDeclines)");
        assertThat(ledger.standing("cust-pay", "C-PAY")).get().isEqualTo(BillingStanding.fresh(contract.renewed()));
        assertThat(invoices.forCustomer("cust-pay")).containsExactly(invoice(contract));
        Map<String, AttributeValue> item = contractItem("cust-pay", "C-PAY");
        String shard = String.format("%02d", Math.floorMod("C-PAY".hashCode(), 16));
        assertThat(item).containsEntry("billingDay", s("2028-03-31#" + shard)).containsEntry("status", s("ACTIVE"));
        assertThat(ledger.endingOn(END.plusYears(1))).extracting(SupportContract::contractId).contains("C-PAY");
    }

    @Test
    void recordDecline_countsItAndRemembersTheStep_thenAStaleDecisionIsAConflict() {
        SupportContract contract = contract("C-DECL", "cust-decl", END, ContractStatus.ACTIVE);
        contracts.add(contract);
        BillingStanding fresh = ledger.standing("cust-decl", "C-DECL").orElseThrow();

        ledger.recordDecline(fresh, BillingStep.due(), ContractStatus.PAST_DUE);

        BillingStanding after = ledger.standing("cust-decl", "C-DECL").orElseThrow();
        assertThat(after.contract().status()).isEqualTo(ContractStatus.PAST_DUE);
        assertThat(after.declines()).isEqualTo(1);
        assertThat(after.stepsTaken()).containsExactly("DUE");
        UpdateItemRequest update = SENT.of(UpdateItemRequest.class).get(SENT.of(UpdateItemRequest.class).size() - 1);
        assertThat(update.updateExpression()).isEqualTo("SET #status = :status, #billingDeclines = :billingDeclines"
                + " ADD #billingSteps :step");
        assertThatThrownBy(() -> ledger.recordDecline(fresh, BillingStep.due(), ContractStatus.PAST_DUE))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ledger.recordPayment(fresh, invoice(contract), contract.renewed()))
                .isInstanceOf(ConflictException.class);
        assertThat(invoices.forCustomer("cust-decl")).isEmpty();

        ledger.recordDecline(after, BillingStep.retry(1), ContractStatus.PAST_DUE);
        assertThat(ledger.standing("cust-decl", "C-DECL")).get().satisfies(s -> {
            assertThat(s.declines()).isEqualTo(2);
            assertThat(s.stepsTaken()).containsExactlyInAnyOrder("DUE", "RETRY-1");
        });
    }

    @Test
    void standing_ofAContractNobodyBilledIsFresh_andOfAnUnknownOneEmpty() {
        SupportContract contract = contract("C-NEW", "cust-new", END, ContractStatus.ACTIVE);
        contracts.add(contract);

        assertThat(ledger.standing("cust-new", "C-NEW")).contains(BillingStanding.fresh(contract));
        assertThat(ledger.standing("cust-new", "C-NONE")).isEmpty();
        assertThat(contracts.forCustomer("cust-new")).containsExactly(contract);
    }

    @Test
    void invoices_newestPeriodFirst() {
        SupportContract first = contract("C-INV", "cust-inv", END, ContractStatus.ACTIVE);
        contracts.add(first);
        ledger.recordPayment(BillingStanding.fresh(first), invoice(first), first.renewed());
        SupportContract second = first.renewed();
        ledger.recordPayment(BillingStanding.fresh(second), invoice(second), second.renewed());

        assertThat(invoices.forCustomer("cust-inv")).extracting(Invoice::invoiceId)
                .containsExactly("INV-20280331-C-INV", "INV-20270331-C-INV");
        assertThat(invoices.find("cust-inv", "INV-20270331-C-INV")).contains(invoice(first));
        assertThat(invoices.find("cust-other", "INV-20270331-C-INV")).isEmpty();
    }

    private static SupportContract contract(String id, String customerId, LocalDate end, ContractStatus status) {
        return new SupportContract(id, customerId, Set.of("TV-100", "HIFI-7"), end.minusYears(1), end, status);
    }

    private static Invoice invoice(SupportContract contract) {
        SupportContract renewed = contract.renewed();
        return new Invoice(Invoice.idFor(contract.contractId(), renewed.startDate()), contract.customerId(),
                contract.contractId(), contract.products(), renewed.startDate(), renewed.endDate(), 9_800, "USD",
                "ch_1", Instant.parse("2027-03-31T06:00:00Z"));
    }

    private static Map<String, AttributeValue> contractItem(String customerId, String contractId) {
        return CLIENT.getItem(get -> get.tableName(TABLES.contracts()).consistentRead(true)
                .key(Map.of("customerId", s(customerId), "contractId", s(contractId)))).item();
    }
}
