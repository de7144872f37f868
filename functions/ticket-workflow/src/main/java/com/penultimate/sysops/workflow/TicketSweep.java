package com.penultimate.sysops.workflow;

import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.TicketWorkflow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-drives tickets that sit too long where only their workflow can move them on: filed but never started
 * ({@code RECEIVED} past {@link #RECEIVED_DEADLINE}), or waiting for an expert long after the workflow should
 * have looked again ({@code WAITING_FOR_EXPERT} past {@link #WAITING_DEADLINE}). Starting is idempotent (the
 * execution is named by the ticket id), so a ticket whose workflow is alive is left alone and counted.
 */
final class TicketSweep {
    static final Duration RECEIVED_DEADLINE = Duration.ofMinutes(2);
    static final Duration WAITING_DEADLINE = Duration.ofMinutes(15);
    /** The most tickets of one status a sweep looks at; the schedule brings the next sweep soon. */
    static final int BATCH = 100;
    /** Time kept back for answering before Lambda's timeout. */
    static final int RESERVE_MILLIS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(TicketSweep.class);

    private final StaleTickets stale;
    private final TicketWorkflow workflow;
    private final Clock clock;

    TicketSweep(StaleTickets stale, TicketWorkflow workflow, Clock clock) {
        this.stale = stale;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** One sweep; {@code remainingMillis} is the invocation's time left. */
    SweepReport sweep(IntSupplier remainingMillis) {
        Instant now = clock.instant();
        List<String> due = new ArrayList<>(stale.find(TicketStatus.RECEIVED.name(), now.minus(RECEIVED_DEADLINE), BATCH));
        due.addAll(stale.find(TicketStatus.WAITING_FOR_EXPERT.name(), now.minus(WAITING_DEADLINE), BATCH));
        int started = 0;
        int already = 0;
        int failed = 0;
        int done = 0;
        for (String ticketId : due) {
            if (remainingMillis.getAsInt() < RESERVE_MILLIS) {
                break;
            }
            done++;
            try {
                if (workflow.start(ticketId)) {
                    started++;
                    LOG.info("sweeper started the workflow: ticketId={}", ticketId);
                } else {
                    already++;
                    LOG.warn("ticket past its deadline but its workflow already exists: ticketId={}", ticketId);
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.error("sweeper could not start the workflow: ticketId={} error={}", ticketId, e.toString());
            }
        }
        SweepReport report = new SweepReport(due.size(), started, already, failed, due.size() - done);
        LOG.info("sweep done: {}", report);
        return report;
    }
}
