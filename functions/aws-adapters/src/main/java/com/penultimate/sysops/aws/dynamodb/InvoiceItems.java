package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.model.Invoice;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps an {@link Invoice} to its item in the Invoices table (partition key {@code customerId}, sort key
 * {@code invoiceId}).
 */
final class InvoiceItems {
    static final String NEW_INVOICE = "attribute_not_exists(invoiceId)";

    private InvoiceItems() {
    }

    static Map<String, AttributeValue> toItem(Invoice invoice) {
        return new ItemBuilder()
                .string("customerId", invoice.customerId())
                .string("invoiceId", invoice.invoiceId())
                .string("contractId", invoice.contractId())
                .stringSet("products", invoice.products())
                .date("periodStart", invoice.periodStart())
                .date("periodEnd", invoice.periodEnd())
                .number("amountMinor", invoice.amountMinor())
                .string("currency", invoice.currency())
                .string("chargeId", invoice.chargeId())
                .instant("paidAt", invoice.paidAt())
                .build();
    }

    static Invoice fromItem(Map<String, AttributeValue> item) {
        ItemReader read = new ItemReader(item);
        return new Invoice(read.string("invoiceId"), read.string("customerId"), read.string("contractId"),
                read.stringSet("products"), read.date("periodStart"), read.date("periodEnd"),
                read.longNumber("amountMinor"), read.string("currency"), read.string("chargeId"),
                read.instant("paidAt"));
    }
}
