package com.penultimate.sysops.expertapp;

import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.port.CustomerRepository;
import jakarta.inject.Singleton;

/** Builds the expert's view of a ticket, with the customer's name and address looked up. */
@Singleton
class ExpertTicketViews {
    private final CustomerRepository customers;

    ExpertTicketViews(CustomerRepository customers) {
        this.customers = customers;
    }

    ExpertTicketView of(Ticket t) {
        ExpertTicketView.CustomerContact customer = customers.find(t.customerId())
                .map(c -> new ExpertTicketView.CustomerContact(c.name(), c.address()))
                .orElse(null);
        return new ExpertTicketView(t.ticketId(), t.product(), t.description(), t.status(), t.location(), customer,
                t.dispatch().offeredAt(), t.createdAt(), t.updatedAt());
    }
}
