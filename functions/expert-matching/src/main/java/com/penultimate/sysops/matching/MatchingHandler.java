package com.penultimate.sysops.matching;

import com.penultimate.sysops.lambda.logging.Correlation;
import com.penultimate.sysops.core.lifecycle.MatchOutcome;
import com.penultimate.sysops.core.lifecycle.TicketMatching;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;

/**
 * Lambda entry point for the state machine's Match step: ranks the experts for the ticket, reserves the best
 * free one and answers {@code RESERVED} or {@code NO_CANDIDATE}. Lambda builds handlers with their
 * no-argument constructor, so the use case is looked up once, when the container starts.
 */
public class MatchingHandler extends MicronautRequestHandler<MatchTask, MatchOutcome> {
    private final TicketMatching matching;

    public MatchingHandler() {
        this.matching = getApplicationContext().getBean(TicketMatching.class);
    }

    /** For tests and the local runtime: runs in a context built elsewhere. */
    public MatchingHandler(ApplicationContext context) {
        super(context);
        this.matching = context.getBean(TicketMatching.class);
    }

    @Override
    public MatchOutcome execute(MatchTask task) {
        if (task == null || task.ticketId() == null || task.ticketId().isBlank()) {
            throw new IllegalArgumentException("the Match step needs {\"ticketId\": ...}");
        }
        return Correlation.forTicket(task.ticketId(), () -> matching.match(task.ticketId()));
    }
}
