package com.penultimate.sysops.core.model;

/** The part of a customer's record the customer maintains: contact details, preference, address. */
public record CustomerProfile(
        String name,
        String email,
        String phone,
        NotificationPreference notificationPreference,
        Address address,
        GeoPoint location) {
}
