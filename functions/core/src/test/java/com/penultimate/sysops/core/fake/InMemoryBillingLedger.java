package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.billing.BillingStanding;
import com.penultimate.sysops.core.billing.BillingStep;
import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.Invoice;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.port.BillingLedger;
import com.penultimate.sysops.core.port.InvoiceRepository;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link BillingLedger} and {@link InvoiceRepository} in maps, with the same conditional records as the DynamoDB
 * one: a record made on a standing that changed meanwhile is a {@link ConflictException}.
 */
public final class InMemoryBillingLedger implements BillingLedger, InvoiceRepository {
    private final Map<String, BillingStanding> standings = new LinkedHashMap<>();
    private final Map<String, Invoice> invoices = new LinkedHashMap<>();

    public synchronized void add(SupportContract contract) {
        standings.put(contract.contractId(), BillingStanding.fresh(contract));
    }

    public synchronized SupportContract contract(String contractId) {
        return standings.get(contractId).contract();
    }

    public synchronized BillingStanding standing(String contractId) {
        return standings.get(contractId);
    }

    public synchronized List<Invoice> invoices() {
        return List.copyOf(invoices.values());
    }

    @Override
    public synchronized List<SupportContract> endingOn(LocalDate day) {
        return standings.values().stream().map(BillingStanding::contract).filter(c -> c.endDate().equals(day))
                .toList();
    }

    @Override
    public synchronized Optional<BillingStanding> standing(String customerId, String contractId) {
        return Optional.ofNullable(standings.get(contractId)).filter(s -> s.contract().customerId().equals(customerId));
    }

    @Override
    public synchronized void recordPayment(BillingStanding before, Invoice invoice, SupportContract renewed) {
        requireUnchanged(before);
        invoices.put(invoice.invoiceId(), invoice);
        standings.put(renewed.contractId(), BillingStanding.fresh(renewed));
    }

    @Override
    public synchronized void recordDecline(BillingStanding before, BillingStep step, ContractStatus next) {
        requireUnchanged(before);
        Set<String> steps = new HashSet<>(before.stepsTaken());
        steps.add(step.label());
        standings.put(before.contract().contractId(),
                new BillingStanding(before.contract().withStatus(next), before.declines() + 1, steps));
    }

    @Override
    public synchronized Optional<Invoice> find(String customerId, String invoiceId) {
        return Optional.ofNullable(invoices.get(invoiceId)).filter(i -> i.customerId().equals(customerId));
    }

    @Override
    public synchronized List<Invoice> forCustomer(String customerId) {
        return invoices.values().stream().filter(i -> i.customerId().equals(customerId))
                .sorted(Comparator.comparing(Invoice::periodStart).reversed()).toList();
    }

    private void requireUnchanged(BillingStanding before) {
        if (!before.equals(standings.get(before.contract().contractId()))) {
            throw new ConflictException("contract " + before.contract().contractId() + " changed meanwhile");
        }
    }
}
