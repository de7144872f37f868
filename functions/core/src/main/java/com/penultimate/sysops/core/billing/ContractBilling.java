package com.penultimate.sysops.core.billing;

import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.Invoice;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.port.BillingLedger;
import com.penultimate.sysops.core.port.CustomerRepository;
import com.penultimate.sysops.core.port.InvoiceRepository;
import com.penultimate.sysops.core.port.NotificationQueue;
import com.penultimate.sysops.core.port.PaymentGateway;
import java.time.Clock;
import java.util.Optional;

/**
 * Charges one contract for its next year, once. Paid: the invoice is stored and the contract renewed together,
 * then the receipt is queued. Declined: the decline is counted, the contract becomes PAST_DUE (SUSPENDED after the
 * last retry) and the customer is told. The provider unreachable: {@link PaymentProviderUnreachableException}
 * escapes with nothing recorded, and the job is tried again later with the same idempotency key.
 * <p>
 * A job that finds its work done (period already paid, step already taken) repeats only the message, which
 * the notification's id makes a no-op if it went out before: a crash between the record and the message loses
 * neither.
 */
public final class ContractBilling {
    private final BillingLedger ledger;
    private final InvoiceRepository invoices;
    private final CustomerRepository customers;
    private final PaymentGateway payments;
    private final NotificationQueue notifications;
    private final PricePlan prices;
    private final Clock clock;

    public ContractBilling(BillingLedger ledger, InvoiceRepository invoices, CustomerRepository customers,
                           PaymentGateway payments, NotificationQueue notifications, PricePlan prices, Clock clock) {
        this.ledger = ledger;
        this.invoices = invoices;
        this.customers = customers;
        this.payments = payments;
        this.notifications = notifications;
        this.prices = prices;
        this.clock = clock;
    }

    /** What handling a job came to. */
    public enum Outcome { PAID, DECLINED, SUSPENDED, ALREADY_PAID, ALREADY_DONE, NOT_DUE }

    public Outcome bill(BillingJob job) {
        Optional<BillingStanding> found = ledger.standing(job.customerId(), job.contractId());
        if (found.isEmpty()) {
            return Outcome.NOT_DUE;
        }
        BillingStanding standing = found.get();
        SupportContract contract = standing.contract();
        if (contract.endDate().isAfter(job.periodEnd())) {
            invoices.find(job.customerId(), Invoice.idFor(job.contractId(), job.periodEnd()))
                    .ifPresent(invoice -> notifications.enqueue(BillingNotices.receipt(invoice)));
            return Outcome.ALREADY_PAID;
        }
        if (!contract.endDate().equals(job.periodEnd())) {
            return Outcome.NOT_DUE;
        }
        if (standing.hasTaken(job.step())) {
            notifications.enqueue(BillingNotices.declined(job.customerId(), job.contractId(), job.periodEnd(),
                    job.step()));
            return Outcome.ALREADY_DONE;
        }
        if (!job.step().appliesTo(contract.status())) {
            return Outcome.NOT_DUE;
        }
        return charge(standing, job.step());
    }

    private Outcome charge(BillingStanding standing, BillingStep step) {
        SupportContract contract = standing.contract();
        Price price = prices.priceOf(contract);
        String token = customers.find(contract.customerId()).map(Customer::paymentToken).orElse(null);
        ChargeOutcome outcome = token == null ? new ChargeOutcome.Declined("no card on file")
                : payments.charge(new ChargeRequest(price.amountMinor(), price.currency(), token,
                        standing.nextChargeKey(), "Sysops Squad support " + contract.contractId() + " from "
                        + contract.endDate()));
        if (outcome instanceof ChargeOutcome.Paid paid) {
            SupportContract renewed = contract.renewed();
            Invoice invoice = new Invoice(Invoice.idFor(contract.contractId(), renewed.startDate()),
                    contract.customerId(), contract.contractId(), contract.products(), renewed.startDate(),
                    renewed.endDate(), price.amountMinor(), price.currency(), paid.chargeId(), clock.instant());
            ledger.recordPayment(standing, invoice, renewed);
            notifications.enqueue(BillingNotices.receipt(invoice));
            return Outcome.PAID;
        }
        ContractStatus next = step.afterDecline(contract.status());
        ledger.recordDecline(standing, step, next);
        notifications.enqueue(BillingNotices.declined(contract.customerId(), contract.contractId(),
                contract.endDate(), step));
        return next == ContractStatus.SUSPENDED ? Outcome.SUSPENDED : Outcome.DECLINED;
    }
}
