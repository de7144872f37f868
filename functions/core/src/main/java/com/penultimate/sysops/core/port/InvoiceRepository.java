package com.penultimate.sysops.core.port;

import com.penultimate.sysops.core.model.Invoice;
import java.util.List;
import java.util.Optional;

/** Reads the invoices billing stored ({@link BillingLedger#recordPayment}), under their customer. */
public interface InvoiceRepository {
    Optional<Invoice> find(String customerId, String invoiceId);

    /** Every invoice of the customer, newest period first. */
    List<Invoice> forCustomer(String customerId);
}
