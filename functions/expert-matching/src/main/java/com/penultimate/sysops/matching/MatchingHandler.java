package com.penultimate.sysops.matching;

import com.penultimate.sysops.lambda.logging.Correlation;
import com.penultimate.sysops.core.lifecycle.MatchOutcome;
import com.penultimate.sysops.core.lifecycle.TicketMatching;
import com.penultimate.sysops.lambda.metrics.BusinessMetrics;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;

/**
 * Lambda entry point for the state machine's Match step: ranks the experts for the ticket, reserves the best
 * free one and answers {@code RESERVED} or {@code NO_CANDIDATE} (counted as a business metric). Lambda builds handlers with their
 * no-argument constructor, so the use case is looked up once, when the container starts.
 */
public class MatchingHandler extends MicronautRequestHandler<MatchTask, MatchOutcome> {
    private final TicketMatching matching;
    private final BusinessMetrics metrics;

    public MatchingHandler() {
        this.matching = getApplicationContext().getBean(TicketMatching.class);
        this.metrics = getApplicationContext().getBean(BusinessMetrics.class);
    }

    /** For tests and the local runtime: runs in a context built elsewhere. */
    public MatchingHandler(ApplicationContext context) {
        super(context);
        this.matching = context.getBean(TicketMatching.class);
        this.metrics = context.getBean(BusinessMetrics.class);
    }

    @Override
    public MatchOutcome execute(MatchTask task) {
        if (task == null || task.ticketId() == null || task.ticketId().isBlank()) {
            throw new IllegalArgumentException("the Match step needs {\"ticketId\": ...}");
        }
        MatchOutcome outcome = Correlation.forTicket(task.ticketId(), () -> matching.match(task.ticketId()));
        if (MatchOutcome.NO_CANDIDATE.equals(outcome.outcome())) {
            metrics.count(BusinessMetrics.NO_CANDIDATE, task.ticketId());
        }
        return outcome;
    }
}
