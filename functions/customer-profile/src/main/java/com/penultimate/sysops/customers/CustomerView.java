package com.penultimate.sysops.customers;

import com.penultimate.sysops.core.model.Address;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.NotificationPreference;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A customer as the API shows them: the card token itself never leaves the service. */
@Serdeable
record CustomerView(
        String customerId,
        String name,
        String email,
        String phone,
        NotificationPreference notificationPreference,
        Address address,
        GeoPoint location,
        boolean hasPaymentMethod,
        Instant createdAt,
        Instant updatedAt) {

    static CustomerView of(Customer c) {
        return new CustomerView(c.customerId(), c.name(), c.email(), c.phone(), c.notificationPreference(),
                c.address(), c.location(), c.hasPaymentMethod(), c.createdAt(), c.updatedAt());
    }
}
