package com.penultimate.sysops.reports.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;

/**
 * Lambda entry point for the Tickets table's stream (with {@code ReportBatchItemFailures}): keeps the reporting
 * store's counters up to date and answers where a retry must start.
 */
public class ReportsIngestHandler extends MicronautRequestHandler<DynamodbEvent, StreamsEventResponse> {
    private final TicketChanges changes;

    public ReportsIngestHandler() {
        this.changes = getApplicationContext().getBean(TicketChanges.class);
    }

    /** For tests and the local runtime: runs in a context built elsewhere. */
    public ReportsIngestHandler(ApplicationContext context) {
        super(context);
        this.changes = context.getBean(TicketChanges.class);
    }

    @Override
    public StreamsEventResponse execute(DynamodbEvent event) {
        return changes.count(event.getRecords(), getApplicationContext().getBean(Context.class));
    }
}
