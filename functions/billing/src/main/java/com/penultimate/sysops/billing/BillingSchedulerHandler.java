package com.penultimate.sysops.billing;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.penultimate.sysops.core.billing.BillingRun;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lambda entry point for the daily billing schedule: queues today's (UTC) contracts and retries. The schedule's
 * event only wakes it up. A day the schedule missed is run with {@code POST /admin/billing/runs}.
 */
public class BillingSchedulerHandler extends MicronautRequestHandler<ScheduledEvent, BillingRun.Report> {
    private static final Logger LOG = LoggerFactory.getLogger(BillingSchedulerHandler.class);
    private static final String SETTING = "sysops.queues.billing (SYSOPS_QUEUES_BILLING)";
    private final BillingRun run;
    private final Clock clock;

    public BillingSchedulerHandler() {
        this.run = BillingBeans.required(getApplicationContext(), BillingRun.class, SETTING);
        this.clock = getApplicationContext().getBean(Clock.class);
    }

    /** For tests and the local runtime: runs in a context built elsewhere. */
    public BillingSchedulerHandler(ApplicationContext context) {
        super(context);
        this.run = BillingBeans.required(context, BillingRun.class, SETTING);
        this.clock = context.getBean(Clock.class);
    }

    @Override
    public BillingRun.Report execute(ScheduledEvent event) {
        BillingRun.Report report = run.run(LocalDate.now(clock));
        LOG.info("billing day queued: date={} due={} retries={}", report.date(), report.due(), report.retries());
        return report;
    }
}
