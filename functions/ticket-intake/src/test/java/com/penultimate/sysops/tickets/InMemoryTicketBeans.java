package com.penultimate.sysops.tickets;

import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.InMemoryContractRepository;
import com.penultimate.sysops.core.fake.InMemoryCustomerRepository;
import com.penultimate.sysops.core.fake.InMemoryExpertRepository;
import com.penultimate.sysops.core.fake.InMemoryProductRepository;
import com.penultimate.sysops.core.fake.InMemoryTicketRepository;
import com.penultimate.sysops.core.fake.RecordingWorkflow;
import com.penultimate.sysops.core.port.ExpertRepository;
import com.penultimate.sysops.core.port.IdGenerator;
import com.penultimate.sysops.core.port.TicketRepository;
import com.penultimate.sysops.core.usecase.CustomerAccounts;
import com.penultimate.sysops.core.usecase.TicketIntake;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/**
 * With {@code sysops.test.in-memory=true}, the function's real controller runs over in-memory fakes that record
 * every write: customer {@value #CUSTOMER} holds a TV contract, so a valid ticket from them is accepted.
 */
@Factory
@Requires(property = "sysops.test.in-memory", value = "true")
class InMemoryTicketBeans {
    static final String CUSTOMER = "cust-1";

    @Singleton
    RecordingWorkflow workflow() {
        return new RecordingWorkflow();
    }

    @Singleton
    @Replaces(value = TicketRepository.class, factory = TicketBeans.class)
    TicketRepository tickets() {
        return new InMemoryTicketRepository();
    }

    @Singleton
    @Replaces(value = ExpertRepository.class, factory = TicketBeans.class)
    ExpertRepository experts() {
        return new InMemoryExpertRepository();
    }

    @Singleton
    @Replaces(value = TicketIntake.class, factory = TicketBeans.class)
    TicketIntake intake(TicketRepository tickets, RecordingWorkflow workflow) {
        InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
        InMemoryContractRepository contracts = new InMemoryContractRepository();
        InMemoryProductRepository products = new InMemoryProductRepository();
        products.put(Fixtures.tv());
        CustomerAccounts accounts = new CustomerAccounts(customers, contracts, products, IdGenerator.random(),
                Fixtures.clock());
        accounts.register(Fixtures.customer(CUSTOMER), Fixtures.profile("Ada Lovelace"));
        accounts.addContract(Fixtures.customer(CUSTOMER), List.of(Fixtures.tv().code()), LocalDate.parse("2026-11-01"));
        return new TicketIntake(tickets, customers, contracts, products, workflow, IdGenerator.random(),
                Fixtures.clock());
    }
}
