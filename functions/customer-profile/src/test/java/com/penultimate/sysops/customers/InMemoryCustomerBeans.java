package com.penultimate.sysops.customers;

import com.penultimate.sysops.core.billing.CardUpdates;
import com.penultimate.sysops.core.billing.CustomerInvoices;
import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.InMemoryBillingLedger;
import com.penultimate.sysops.core.fake.InMemoryProductRepository;
import com.penultimate.sysops.core.fake.RecordingBillingQueue;
import com.penultimate.sysops.core.port.IdGenerator;
import com.penultimate.sysops.core.usecase.CustomerAccounts;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** With {@code sysops.test.in-memory=true}, the function's real controller runs over fakes that count writes. */
@Factory
@Requires(property = "sysops.test.in-memory", value = "true")
class InMemoryCustomerBeans {

    @Singleton
    RecordingCustomerStore store() {
        return new RecordingCustomerStore();
    }

    @Singleton
    RecordingBillingQueue billingQueue() {
        return new RecordingBillingQueue();
    }

    @Singleton
    @Replaces(value = CustomerAccounts.class, factory = CustomerBeans.class)
    CustomerAccounts customerAccounts(RecordingCustomerStore store) {
        InMemoryProductRepository products = new InMemoryProductRepository();
        products.put(Fixtures.tv());
        return new CustomerAccounts(store.customers(), store.contracts(), products, IdGenerator.random(),
                Fixtures.clock());
    }

    @Singleton
    @Replaces(value = CardUpdates.class, factory = CustomerBeans.class)
    CardUpdates cardUpdates(CustomerAccounts accounts, RecordingCustomerStore store, RecordingBillingQueue queue) {
        return new CardUpdates(accounts, store.contracts(), queue);
    }

    @Singleton
    @Replaces(value = CustomerInvoices.class, factory = CustomerBeans.class)
    CustomerInvoices invoices() {
        return new CustomerInvoices(new InMemoryBillingLedger());
    }
}
