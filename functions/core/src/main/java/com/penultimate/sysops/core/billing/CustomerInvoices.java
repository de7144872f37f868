package com.penultimate.sysops.core.billing;

import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.Invoice;
import com.penultimate.sysops.core.port.InvoiceRepository;
import java.util.List;

/** A customer's own invoices ({@code GET /customers/me/invoices}), newest first. */
public final class CustomerInvoices {
    private final InvoiceRepository invoices;

    public CustomerInvoices(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    public List<Invoice> mine(Caller caller) {
        caller.require(Role.CUSTOMER);
        return invoices.forCustomer(caller.subject());
    }
}
