package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.model.Invoice;
import com.penultimate.sysops.core.port.InvoiceRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * {@link InvoiceRepository} on the Invoices table: one partition per customer, so a customer's invoices are one
 * Query. Invoices are written by {@link DynamoDbBillingLedger} together with the contract's renewal.
 */
public final class DynamoDbInvoiceRepository implements InvoiceRepository {
    private final DynamoDbClient client;
    private final String table;
    private final PartitionQuery byCustomer;

    public DynamoDbInvoiceRepository(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
        this.byCustomer = PartitionQuery.table(client, table, "customerId", "invoiceId");
    }

    @Override
    public Optional<Invoice> find(String customerId, String invoiceId) {
        GetItemResponse response = client.getItem(get -> get.tableName(table).consistentRead(true)
                .key(Map.of("customerId", ItemBuilder.s(customerId), "invoiceId", ItemBuilder.s(invoiceId))));
        return response.hasItem() ? Optional.of(InvoiceItems.fromItem(response.item())) : Optional.empty();
    }

    @Override
    public List<Invoice> forCustomer(String customerId) {
        return byCustomer.everything(customerId).stream().map(InvoiceItems::fromItem)
                .sorted(Comparator.comparing(Invoice::periodStart).reversed().thenComparing(Invoice::invoiceId))
                .toList();
    }
}
