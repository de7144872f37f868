package com.penultimate.sysops.core.reports;

import java.util.Set;

/**
 * What reports group a ticket by, fixed when it is first seen: its customer and product, the skills the product
 * needs, and its area (the customer's city).
 */
public record TicketProfile(String ticketId, String customerId, String product, Set<String> skills, String area) {
    public TicketProfile {
        skills = Set.copyOf(skills);
    }
}
