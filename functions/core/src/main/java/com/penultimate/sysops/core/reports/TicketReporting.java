package com.penultimate.sysops.core.reports;

import com.penultimate.sysops.core.model.Address;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.Product;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.model.Transition;
import com.penultimate.sysops.core.port.CustomerRepository;
import com.penultimate.sysops.core.port.ProductRepository;
import com.penultimate.sysops.core.port.ReportStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the reporting store up to date from a ticket's changes: each new entry of its history (a ticket changes
 * only through them) adds to the day's counters: filed, offered, accepted, completed, escalated; the durations
 * to offer, accept and complete; service-level breaches; first-time fixes; repeat tickets; each expert's work;
 * the survey's rating. The store remembers how many entries it counted, so a change seen twice, or out of a
 * replayed stream, is counted once, and a change missed is caught up from the next one.
 */
public final class TicketReporting {
    private static final Set<TicketStatus> OPEN = Set.of(TicketStatus.RECEIVED, TicketStatus.MATCHING,
            TicketStatus.WAITING_FOR_EXPERT, TicketStatus.OFFERED, TicketStatus.ACCEPTED, TicketStatus.ESCALATED);

    private final ReportStore store;
    private final ProductRepository products;
    private final CustomerRepository customers;

    public TicketReporting(ReportStore store, ProductRepository products, CustomerRepository customers) {
        this.store = store;
        this.products = products;
        this.customers = customers;
    }

    /** Counts the ticket's history entries the store has not counted yet; false when there were none. */
    public boolean record(Ticket ticket) {
        Optional<TicketProgress> progress = store.progress(ticket.ticketId());
        int applied = progress.map(TicketProgress::applied).orElse(0);
        List<Transition> history = ticket.history();
        if (history.size() <= applied) {
            return false;
        }
        TicketProfile profile = progress.map(TicketProgress::profile).orElseGet(() -> profileOf(ticket));
        Tally tally = new Tally();
        RepeatMark repeat = null;
        for (int i = applied; i < history.size(); i++) {
            Transition t = history.get(i);
            tally.moved(t);
            if (t.from() == null && t.to() == TicketStatus.RECEIVED) {
                repeat = filed(profile, t.at(), tally);
            }
            TicketFacts facts = new TicketFacts(ticket, i);
            facts.count(profile, tally);
        }
        store.apply(new ReportUpdate(profile, applied, history.size(), tally.increments, tally.open, repeat));
        return true;
    }

    private RepeatMark filed(TicketProfile profile, Instant at, Tally tally) {
        LocalDate day = day(at);
        tally.add(day, DayCounter.OPERATIONS, "filed", 1);
        tally.add(day, DayCounter.product(profile.product()), "filed", 1);
        profile.skills().forEach(skill -> tally.add(day, DayCounter.skill(skill), "filed", 1));
        tally.add(day, DayCounter.area(profile.area()), "filed", 1);
        Optional<Instant> previous = store.lastFiled(profile.customerId(), profile.product());
        if (previous.filter(p -> !p.isAfter(at) && !p.plus(ServiceLevels.REPEAT_WITHIN).isBefore(at)).isPresent()) {
            tally.add(day, DayCounter.OPERATIONS, "repeats", 1);
            tally.add(day, DayCounter.product(profile.product()), "repeats", 1);
        }
        return new RepeatMark(profile.customerId(), profile.product(), previous.orElse(null), at);
    }

    private TicketProfile profileOf(Ticket ticket) {
        Set<String> skills = products.find(ticket.product()).map(Product::skills).orElse(Set.of());
        String area = customers.find(ticket.customerId()).map(Customer::address).map(Address::city)
                .orElse("unknown");
        return new TicketProfile(ticket.ticketId(), ticket.customerId(), ticket.product(), skills, area);
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** The additions one update makes. */
    static final class Tally {
        final Map<DayCounter, Long> increments = new HashMap<>();
        final Map<TicketStatus, Long> open = new EnumMap<>(TicketStatus.class);

        void add(LocalDate day, String scope, String name, long amount) {
            increments.merge(new DayCounter(day, scope, name), amount, Long::sum);
        }

        void moved(Transition t) {
            if (t.from() != null && OPEN.contains(t.from())) {
                open.merge(t.from(), -1L, Long::sum);
            }
            if (OPEN.contains(t.to())) {
                open.merge(t.to(), 1L, Long::sum);
            }
        }
    }
}
