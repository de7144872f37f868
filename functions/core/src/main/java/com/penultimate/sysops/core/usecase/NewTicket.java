package com.penultimate.sysops.core.usecase;

import com.penultimate.sysops.core.model.GeoPoint;

/**
 * A ticket as a customer or the call centre files it. {@code customerId} is only for the call centre;
 * {@code location} defaults to the customer's registered location.
 */
public record NewTicket(String customerId, String product, String description, GeoPoint location) {
}
