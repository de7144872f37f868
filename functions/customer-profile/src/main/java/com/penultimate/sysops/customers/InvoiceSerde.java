package com.penultimate.sysops.customers;

import com.penultimate.sysops.core.model.Invoice;
import io.micronaut.serde.annotation.SerdeImport;

/** Lets the core's invoices travel as JSON ({@code GET /customers/me/invoices}). */
@SerdeImport(Invoice.class)
final class InvoiceSerde {
    private InvoiceSerde() {
    }
}
