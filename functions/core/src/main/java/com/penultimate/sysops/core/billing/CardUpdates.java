package com.penultimate.sysops.core.billing;

import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.port.BillingQueue;
import com.penultimate.sysops.core.port.ContractRepository;
import com.penultimate.sysops.core.usecase.CustomerAccounts;

/**
 * A customer puts a card on file ({@code PUT /customers/me/payment-method}); every contract of theirs waiting on a
 * payment (PAST_DUE or SUSPENDED) is queued to be charged on the new card at once, rather than on the next retry
 * day, so a suspended contract comes back as soon as the card works.
 */
public final class CardUpdates {
    private final CustomerAccounts accounts;
    private final ContractRepository contracts;
    private final BillingQueue queue;

    public CardUpdates(CustomerAccounts accounts, ContractRepository contracts, BillingQueue queue) {
        this.accounts = accounts;
        this.contracts = contracts;
        this.queue = queue;
    }

    public Customer putPaymentMethod(Caller caller, String token) {
        Customer customer = accounts.putPaymentMethod(caller, token);
        BillingStep step = BillingStep.cardUpdated(customer.updatedAt());
        for (SupportContract contract : contracts.forCustomer(customer.customerId())) {
            if (step.appliesTo(contract.status())) {
                queue.enqueue(new BillingJob(customer.customerId(), contract.contractId(), contract.endDate(), step));
            }
        }
        return customer;
    }
}
