package com.penultimate.sysops.core.usecase;

import static com.penultimate.sysops.core.fake.Fixtures.caller;
import static com.penultimate.sysops.core.fake.Fixtures.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.ForbiddenException;
import com.penultimate.sysops.core.error.IdempotencyKeyReusedException;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.error.NoCoveringContractException;
import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.InMemoryContractRepository;
import com.penultimate.sysops.core.fake.InMemoryCustomerRepository;
import com.penultimate.sysops.core.fake.InMemoryProductRepository;
import com.penultimate.sysops.core.fake.InMemoryTicketRepository;
import com.penultimate.sysops.core.fake.RecordingWorkflow;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.Product;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.IdGenerator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketIntakeTest {
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final InMemoryContractRepository contracts = new InMemoryContractRepository();
    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final InMemoryTicketRepository tickets = new InMemoryTicketRepository();
    private final RecordingWorkflow workflow = new RecordingWorkflow();
    private final CustomerAccounts accounts =
            new CustomerAccounts(customers, contracts, products, IdGenerator.random(), Fixtures.clock());
    private final TicketIntake intake =
            new TicketIntake(tickets, customers, contracts, products, workflow, IdGenerator.random(), Fixtures.clock());
    private final TicketQueries queries = new TicketQueries(tickets);

    @BeforeEach
    void catalogueAndCustomerWithTvContract() {
        products.put(Fixtures.tv());
        products.put(new Product("LAPTOP-X1", "Laptop", Set.of("laptop")));
        accounts.register(customer("cust-1"), Fixtures.profile("Ada Lovelace"));
        accounts.addContract(customer("cust-1"), List.of("TV-OLED55"), LocalDate.parse("2026-11-01"));
    }

    @Test
    void file_storesReceivedTicketWithFirstHistoryEntry() {
        Ticket ticket = intake.file(customer("cust-1"), new NewTicket(null, "TV-OLED55", "No sound", null), null);

        Ticket stored = tickets.find(ticket.ticketId()).orElseThrow();
        assertThat(stored.status()).isEqualTo(TicketStatus.RECEIVED);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.location()).isEqualTo(Fixtures.CHICAGO);
        assertThat(workflow.started()).containsExactly(ticket.ticketId());
        assertThat(stored.history()).singleElement()
                .satisfies(t -> assertThat(t.to()).isEqualTo(TicketStatus.RECEIVED))
                .satisfies(t -> assertThat(t.by()).isEqualTo("cust-1"));
    }

    @Test
    void file_refusesProductNoContractCovers() {
        assertThatThrownBy(() -> intake.file(customer("cust-1"), new NewTicket(null, "LAPTOP-X1", "Broken", null), null))
                .isInstanceOf(NoCoveringContractException.class).hasMessageContaining("LAPTOP-X1");
        assertThat(tickets.size()).isZero();
    }

    @Test
    void file_refusesProductOfASuspendedContractSayingHowToResumeIt() {
        contracts.add(new SupportContract("C-OFF", "cust-1", Set.of("LAPTOP-X1"), LocalDate.parse("2025-11-01"),
                LocalDate.parse("2026-11-01"), ContractStatus.SUSPENDED));

        NewTicket laptop = new NewTicket(null, "LAPTOP-X1", "Broken", null);
        assertThatThrownBy(() -> intake.file(customer("cust-1"), laptop, null))
                .isInstanceOf(NoCoveringContractException.class)
                .hasMessageContaining("C-OFF").hasMessageContaining("suspended")
                .hasMessageContaining("PUT /customers/me/payment-method");
        assertThat(tickets.size()).isZero();
    }

    @Test
    void file_sameIdempotencyKeyReturnsSameTicket() {
        NewTicket request = new NewTicket(null, "TV-OLED55", "No sound", null);
        Ticket first = intake.file(customer("cust-1"), request, "key-1");
        Ticket second = intake.file(customer("cust-1"), request, "key-1");

        assertThat(second.ticketId()).isEqualTo(first.ticketId());
        assertThat(tickets.size()).isEqualTo(1);
    }

    @Test
    void file_reusedKeyWithDifferentRequestIsRefused() {
        intake.file(customer("cust-1"), new NewTicket(null, "TV-OLED55", "No sound", null), "key-1");

        assertThatThrownBy(() -> intake.file(customer("cust-1"),
                new NewTicket(null, "TV-OLED55", "No picture", null), "key-1"))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(tickets.size()).isEqualTo(1);
    }

    @Test
    void file_customerCannotFileForSomeoneElse() {
        assertThatThrownBy(() -> intake.file(customer("cust-1"), new NewTicket("cust-2", "TV-OLED55", "x", null), null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void file_callCentreFilesForNamedCustomerAtGivenLocation() {
        GeoPoint office = new GeoPoint(41.9, -87.7);
        Ticket ticket = intake.file(caller("agent-7", Role.CALLCENTER),
                new NewTicket("cust-1", "TV-OLED55", "Screen flickers", office), null);

        assertThat(ticket.customerId()).isEqualTo("cust-1");
        assertThat(ticket.filedBy()).isEqualTo("agent-7");
        assertThat(ticket.location()).isEqualTo(office);
    }

    @Test
    void file_reportsEveryInvalidFieldAtOnce() {
        assertThatThrownBy(() -> intake.file(customer("cust-1"), new NewTicket(null, "bad code!", " ", null), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("product", "description"));
    }

    @Test
    void file_unregisteredCustomerIsToldToRegister() {
        assertThatThrownBy(() -> intake.file(customer("nobody"), new NewTicket(null, "TV-OLED55", "x", null), null))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("register");
    }

    @Test
    void file_expertMayNotFileTickets() {
        assertThatThrownBy(() -> intake.file(caller("exp-1", Role.EXPERT), new NewTicket("cust-1", "TV-OLED55", "x", null), null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void get_otherCustomerLearnsNothing() {
        Ticket ticket = intake.file(customer("cust-1"), new NewTicket(null, "TV-OLED55", "No sound", null), null);

        assertThatThrownBy(() -> queries.get(customer("cust-2"), ticket.ticketId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(queries.get(caller("boss", Role.MANAGER), ticket.ticketId())).isEqualTo(ticket);
    }

    @Test
    void list_customerSeesOnlyOwnTicketsAndManagerFiltersByStatus() {
        accounts.register(customer("cust-2"), Fixtures.profile("Grace Hopper"));
        accounts.addContract(customer("cust-2"), List.of("TV-OLED55"), LocalDate.parse("2026-11-01"));
        intake.file(customer("cust-1"), new NewTicket(null, "TV-OLED55", "a", null), null);
        intake.file(customer("cust-2"), new NewTicket(null, "TV-OLED55", "b", null), null);

        assertThat(queries.list(customer("cust-2"), null, 10, null).items())
                .extracting(Ticket::customerId).containsExactly("cust-2");
        assertThat(queries.list(caller("boss", Role.MANAGER), TicketStatus.RECEIVED, 10, null).items()).hasSize(2);
        assertThat(queries.list(caller("boss", Role.MANAGER), TicketStatus.ACCEPTED, 10, null).items()).isEmpty();
    }
}
