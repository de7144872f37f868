package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.port.CustomerRepository;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A {@link CustomerRepository} in a map, for fast tests. */
public final class InMemoryCustomerRepository implements CustomerRepository {
    private final ConcurrentMap<String, Customer> byId = new ConcurrentHashMap<>();

    @Override
    public Optional<Customer> find(String customerId) {
        return Optional.ofNullable(byId.get(customerId));
    }

    @Override
    public void create(Customer customer) {
        if (byId.putIfAbsent(customer.customerId(), customer) != null) {
            throw new ConflictException("customer " + customer.customerId() + " is already registered");
        }
    }

    @Override
    public void update(Customer customer) {
        if (byId.replace(customer.customerId(), customer) == null) {
            throw new NotFoundException("no customer " + customer.customerId());
        }
    }
}
