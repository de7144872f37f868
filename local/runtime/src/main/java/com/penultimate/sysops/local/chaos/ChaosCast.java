package com.penultimate.sysops.local.chaos;

import java.util.List;
import java.util.Map;

/**
 * Who takes part in a chaos run: customers (each with a support contract) and experts, seeded through the
 * admin and customer APIs.
 */
record ChaosCast(List<Customer> customers, Map<String, String> expertPhones) {

    /** A customer, their token and where their messages go. */
    record Customer(String customerId, String token, String email, String phone) {
    }
}
