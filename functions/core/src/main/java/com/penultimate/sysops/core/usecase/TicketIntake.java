package com.penultimate.sysops.core.usecase;

import com.penultimate.sysops.core.error.ForbiddenException;
import com.penultimate.sysops.core.error.IdempotencyKeyReusedException;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.error.NoCoveringContractException;
import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.port.ContractRepository;
import com.penultimate.sysops.core.port.CustomerRepository;
import com.penultimate.sysops.core.port.IdGenerator;
import com.penultimate.sysops.core.port.IdempotencyClaim;
import com.penultimate.sysops.core.port.ProductRepository;
import com.penultimate.sysops.core.port.TicketCreation;
import com.penultimate.sysops.core.port.TicketRepository;
import com.penultimate.sysops.core.port.TicketWorkflow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Files tickets: checks who may file for whom, that a contract covers the product, and stores the ticket
 * durably (once per idempotency key) before anyone is told it exists.
 */
public final class TicketIntake {
    private static final int MAX_DESCRIPTION = 4000;
    private static final int MAX_KEY = 128;

    private static final System.Logger LOG = System.getLogger(TicketIntake.class.getName());

    private final TicketRepository tickets;
    private final CustomerRepository customers;
    private final ContractRepository contracts;
    private final ProductRepository products;
    private final TicketWorkflow workflow;
    private final IdGenerator ids;
    private final Clock clock;

    public TicketIntake(TicketRepository tickets, CustomerRepository customers, ContractRepository contracts,
                        ProductRepository products, TicketWorkflow workflow, IdGenerator ids, Clock clock) {
        this.tickets = tickets;
        this.customers = customers;
        this.contracts = contracts;
        this.products = products;
        this.workflow = workflow;
        this.ids = ids;
        this.clock = clock;
    }

    /** Stores the ticket, or returns the one an earlier request with the same idempotency key made. */
    public Ticket file(Caller caller, NewTicket request, String idempotencyKey) {
        caller.require(Role.CUSTOMER, Role.CALLCENTER);
        if (request == null) {
            throw InvalidInputException.of("body", "is required");
        }
        String customerId = customerFor(caller, request);
        new Checks().code("product", request.product()).text("description", request.description(), MAX_DESCRIPTION)
                .that(idempotencyKey == null || (!idempotencyKey.isBlank() && idempotencyKey.length() <= MAX_KEY),
                        "Idempotency-Key", "must be 1-" + MAX_KEY + " characters")
                .orThrow();
        if (products.find(request.product()).isEmpty()) {
            throw InvalidInputException.of("product", "unknown product code " + request.product());
        }
        Customer customer = customers.find(customerId).orElseThrow(() -> caller.has(Role.CALLCENTER)
                ? InvalidInputException.of("customerId", "no customer " + customerId)
                : new NotFoundException("no customer profile for this user; register with POST /customers"));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<SupportContract> held = contracts.forCustomer(customerId);
        if (held.stream().noneMatch(c -> c.covers(request.product(), today))) {
            throw held.stream().filter(c -> c.status() == ContractStatus.SUSPENDED
                            && c.products().contains(request.product())).findFirst()
                    .map(c -> NoCoveringContractException.suspended(c.contractId(), request.product()))
                    .orElseGet(() -> new NoCoveringContractException(customerId, request.product()));
        }
        GeoPoint location = request.location() != null ? request.location() : customer.location();
        Ticket ticket = Ticket.received(ids.newId("T"), customerId, request.product(), request.description(),
                location, caller.subject(), now);
        IdempotencyClaim claim = idempotencyKey == null ? null
                : new IdempotencyClaim("ticket#" + caller.subject() + "#" + idempotencyKey,
                fingerprint(customerId, request.product(), request.description(), request.location()));
        TicketCreation creation = tickets.create(ticket, claim);
        if (creation instanceof TicketCreation.AlreadyCreated earlier) {
            if (!earlier.fingerprint().equals(claim.fingerprint())) {
                throw new IdempotencyKeyReusedException(idempotencyKey);
            }
            ticket = tickets.find(earlier.ticketId()).orElseThrow(
                    () -> new IllegalStateException("idempotency record points at missing ticket " + earlier.ticketId()));
        }
        startWorkflow(ticket.ticketId());
        return ticket;
    }

    /**
     * The ticket is stored before the workflow starts: if starting fails, the customer still gets their
     * ticket and the scheduled sweeper starts the workflow later (the start is idempotent by ticket id).
     */
    private void startWorkflow(String ticketId) {
        try {
            workflow.start(ticketId);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "workflow of ticket {0} not started; the sweeper will retry: {1}",
                    ticketId, e.toString());
        }
    }

    private static String customerFor(Caller caller, NewTicket request) {
        if (caller.has(Role.CALLCENTER)) {
            new Checks().code("customerId", request.customerId()).orThrow();
            return request.customerId();
        }
        if (request.customerId() != null && !request.customerId().equals(caller.subject())) {
            throw new ForbiddenException("a customer files tickets only for themselves");
        }
        return caller.subject();
    }

    private static String fingerprint(String customerId, String product, String description, GeoPoint location) {
        String canonical = String.join("\u0000", customerId, product, description,
                location == null ? "" : location.lat() + "," + location.lon());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
