package com.penultimate.sysops.core.port;

import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.reports.DayCounters;
import com.penultimate.sysops.core.reports.ReportUpdate;
import com.penultimate.sysops.core.reports.TicketProgress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reporting store: counters per day kept up to date as tickets change, so a report reads counters (keyed
 * reads), never the tickets themselves.
 */
public interface ReportStore {

    /** How much of the ticket's history is counted, if any. */
    Optional<TicketProgress> progress(String ticketId);

    /** When the customer last filed a ticket for the product, if ever. */
    Optional<Instant> lastFiled(String customerId, String product);

    /**
     * Applies the update atomically; {@code ConflictException} if the ticket's progress or the customer's last filing
     * changed since they were read (another worker counted first).
     */
    void apply(ReportUpdate update);

    /** Every day's counters from {@code from} to {@code to}, both included. */
    List<DayCounters> days(LocalDate from, LocalDate to);

    /** How many tickets are open in each status now. */
    Map<TicketStatus, Long> openNow();
}
