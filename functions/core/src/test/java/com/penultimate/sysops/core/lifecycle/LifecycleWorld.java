package com.penultimate.sysops.core.lifecycle;

import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.InMemoryContractRepository;
import com.penultimate.sysops.core.fake.InMemoryCustomerRepository;
import com.penultimate.sysops.core.fake.InMemoryArticleRepository;
import com.penultimate.sysops.core.fake.InMemoryDispatch;
import com.penultimate.sysops.core.fake.InMemoryExpertRatings;
import com.penultimate.sysops.core.fake.InMemoryExpertRepository;
import com.penultimate.sysops.core.fake.InMemoryProductRepository;
import com.penultimate.sysops.core.fake.InMemorySearchIndex;
import com.penultimate.sysops.core.fake.InMemoryTicketRepository;
import com.penultimate.sysops.core.fake.RecordingNotifications;
import com.penultimate.sysops.core.fake.RecordingWorkflow;
import com.penultimate.sysops.core.fake.WordTextAnalyzer;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.ServiceArea;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.port.IdGenerator;
import com.penultimate.sysops.core.usecase.CustomerAccounts;
import com.penultimate.sysops.core.usecase.NewTicket;
import com.penultimate.sysops.core.usecase.TicketIntake;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Every lifecycle use case over in-memory fakes, with a customer holding a TV contract. */
final class LifecycleWorld {
    final InMemoryTicketRepository tickets = new InMemoryTicketRepository();
    final InMemoryExpertRepository experts = new InMemoryExpertRepository();
    final InMemoryProductRepository products = new InMemoryProductRepository();
    final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    final InMemoryContractRepository contracts = new InMemoryContractRepository();
    final InMemoryDispatch dispatch = new InMemoryDispatch(tickets, experts);
    final RecordingNotifications notifications = new RecordingNotifications();
    final RecordingWorkflow workflow = new RecordingWorkflow();
    final InMemoryExpertRatings ratings = new InMemoryExpertRatings();
    final InMemoryArticleRepository articles = new InMemoryArticleRepository();
    final InMemorySearchIndex index = new InMemorySearchIndex();
    final TicketMatching matching = new TicketMatching(tickets, products, dispatch, dispatch, ratings,
            Fixtures.clock());
    final TicketLifecycle lifecycle = new TicketLifecycle(tickets, dispatch, notifications,
            new CompletionArticles(articles, index, new WordTextAnalyzer(), Fixtures.clock()), Fixtures.clock());
    final ExpertDesk desk = new ExpertDesk(tickets, workflow);
    final TicketIntake intake = new TicketIntake(tickets, customers, contracts, products, workflow,
            IdGenerator.random(), Fixtures.clock());

    LifecycleWorld() {
        products.put(Fixtures.tv());
        CustomerAccounts accounts = new CustomerAccounts(customers, contracts, products, IdGenerator.random(),
                Fixtures.clock());
        accounts.register(Fixtures.customer("cust-1"), Fixtures.profile("Ada Lovelace"));
        accounts.addContract(Fixtures.customer("cust-1"), List.of("TV-OLED55"), LocalDate.parse("2026-11-01"));
    }

    Expert expert(String id, GeoPoint home, int capacity) {
        Expert expert = new Expert(id, id, "+1312555" + String.format("%04d", Math.abs(id.hashCode()) % 10_000),
                id + "@x.example", Set.of("tv", "av"), home, new ServiceArea(home, 40), capacity, true, 0, 1);
        experts.create(expert);
        return expert;
    }

    Ticket file() {
        return intake.file(Fixtures.customer("cust-1"), new NewTicket(null, "TV-OLED55", "No sound", null), null);
    }

    Ticket ticket(String id) {
        return tickets.find(id).orElseThrow();
    }

    static com.penultimate.sysops.core.identity.Caller expertCaller(String id) {
        return Fixtures.caller(id, Role.EXPERT);
    }
}
