package com.penultimate.sysops.core.model;

import java.time.Instant;

/**
 * A registered customer of the support service. {@code paymentToken} is a payment provider's card token,
 * never a card number; it is null until the customer puts one on file.
 */
public record Customer(
        String customerId,
        String name,
        String email,
        String phone,
        NotificationPreference notificationPreference,
        Address address,
        GeoPoint location,
        String paymentToken,
        Instant createdAt,
        Instant updatedAt) {

    public Customer withProfile(CustomerProfile profile, Instant now) {
        return new Customer(customerId, profile.name(), profile.email(), profile.phone(),
                profile.notificationPreference(), profile.address(), profile.location(), paymentToken, createdAt, now);
    }

    public Customer withPaymentToken(String token, Instant now) {
        return new Customer(customerId, name, email, phone, notificationPreference, address, location, token,
                createdAt, now);
    }

    public boolean hasPaymentMethod() {
        return paymentToken != null;
    }
}
