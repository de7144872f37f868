package com.penultimate.sysops.core.billing;

import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.InMemoryBillingLedger;
import com.penultimate.sysops.core.fake.InMemoryCustomerRepository;
import com.penultimate.sysops.core.fake.RecordingBillingQueue;
import com.penultimate.sysops.core.fake.RecordingNotifications;
import com.penultimate.sysops.core.fake.ScriptedPayments;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.SupportContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Billing's use cases on fakes: contracts ending on {@link #END}, customers with cards, a scripted provider. */
final class BillingWorld {
    static final LocalDate END = LocalDate.parse("2026-11-30");
    static final PricePlan PRICES = new PricePlan(new Price(4_900, "USD"));

    final InMemoryBillingLedger ledger = new InMemoryBillingLedger();
    final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    final ScriptedPayments payments = new ScriptedPayments();
    final RecordingNotifications notifications = new RecordingNotifications();
    final RecordingBillingQueue queue = new RecordingBillingQueue();
    final ContractBilling billing = new ContractBilling(ledger, ledger, customers, payments, notifications, PRICES,
            Fixtures.clock());
    final BillingRun run = new BillingRun(ledger, queue);

    /** A customer with {@code token} on file (none when null) and a two-product contract ending on {@code end}. */
    SupportContract contract(String contractId, String customerId, String token, LocalDate end) {
        if (customers.find(customerId).isEmpty()) {
            Instant now = Fixtures.NOW;
            customers.create(new Customer(customerId, "Ada", customerId + "@example.com", "+13125550100", null, null,
                    null, token, now, now));
        }
        SupportContract contract = new SupportContract(contractId, customerId, Set.of("TV-OLED55", "SOUNDBAR-500"),
                end.minusYears(1), end, ContractStatus.ACTIVE);
        ledger.add(contract);
        return contract;
    }

    ContractBilling.Outcome bill(String contractId, LocalDate periodEnd, BillingStep step) {
        SupportContract contract = ledger.contract(contractId);
        return billing.bill(new BillingJob(contract.customerId(), contractId, periodEnd, step));
    }

    /** Runs the billing day and handles every job it queued, in order. */
    List<ContractBilling.Outcome> runDay(LocalDate day) {
        run.run(day);
        return queue.drain().stream().map(billing::bill).toList();
    }
}
