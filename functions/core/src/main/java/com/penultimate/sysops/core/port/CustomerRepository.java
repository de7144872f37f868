package com.penultimate.sysops.core.port;

import com.penultimate.sysops.core.model.Customer;
import java.util.Optional;

/** Stores customer profiles, keyed by customer id. */
public interface CustomerRepository {
    Optional<Customer> find(String customerId);

    /** Stores a new customer; {@code ConflictException} if the id is already registered. */
    void create(Customer customer);

    /** Replaces an existing customer; {@code NotFoundException} if there is none. */
    void update(Customer customer);
}
