package com.penultimate.sysops.reports;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lambda entry point for the weekly schedule: emails managers last week's summary with its chart. */
public class WeeklyReportHandler extends MicronautRequestHandler<ScheduledEvent, WeeklySummary.Sent> {
    private static final Logger LOG = LoggerFactory.getLogger(WeeklyReportHandler.class);
    private final WeeklySummary summary;

    public WeeklyReportHandler() {
        this.summary = required(getApplicationContext());
    }

    /** For tests and the local runtime: runs in a context built elsewhere. */
    public WeeklyReportHandler(ApplicationContext context) {
        super(context);
        this.summary = required(context);
    }

    @Override
    public WeeklySummary.Sent execute(ScheduledEvent event) {
        WeeklySummary.Sent sent = summary.send();
        LOG.info("weekly summary sent: from={} to={} recipients={} messageId={}", sent.from(), sent.to(),
                sent.recipients(), sent.messageId());
        return sent;
    }

    private static WeeklySummary required(ApplicationContext context) {
        return context.findBean(WeeklySummary.class).orElseThrow(() -> new IllegalStateException(
                "the weekly summary is not configured: set sysops.reports.recipients (SYSOPS_REPORTS_RECIPIENTS)"));
    }
}
