package com.penultimate.sysops.customers;

import com.penultimate.sysops.core.fake.InMemoryContractRepository;
import com.penultimate.sysops.core.fake.InMemoryCustomerRepository;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.port.ContractRepository;
import com.penultimate.sysops.core.port.CustomerRepository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Customers and contracts in memory, counting every write so a test can tell that a refusal wrote nothing. */
final class RecordingCustomerStore {
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final InMemoryContractRepository contracts = new InMemoryContractRepository();
    private final AtomicInteger writes = new AtomicInteger();

    int writes() {
        return writes.get();
    }

    CustomerRepository customers() {
        return new CustomerRepository() {
            @Override
            public Optional<Customer> find(String customerId) {
                return customers.find(customerId);
            }

            @Override
            public void create(Customer customer) {
                writes.incrementAndGet();
                customers.create(customer);
            }

            @Override
            public void update(Customer customer) {
                writes.incrementAndGet();
                customers.update(customer);
            }
        };
    }

    ContractRepository contracts() {
        return new ContractRepository() {
            @Override
            public void add(SupportContract contract) {
                writes.incrementAndGet();
                contracts.add(contract);
            }

            @Override
            public List<SupportContract> forCustomer(String customerId) {
                return contracts.forCustomer(customerId);
            }
        };
    }
}
