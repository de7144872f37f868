package com.penultimate.sysops.workflow;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;

/**
 * Lambda entry point for the scheduled sweep that (re)starts the workflow of tickets stuck past their
 * deadline. The schedule's event only wakes it up; the clock decides what is stale.
 */
public class SweeperHandler extends MicronautRequestHandler<ScheduledEvent, SweepReport> {
    private final TicketSweep sweep;

    public SweeperHandler() {
        this.sweep = WorkflowBeans.required(getApplicationContext(), TicketSweep.class,
                "sysops.workflow.state-machine-arn (SYSOPS_WORKFLOW_STATE_MACHINE_ARN)");
    }

    /** For tests and the local runtime: runs in a context built elsewhere. */
    public SweeperHandler(ApplicationContext context) {
        super(context);
        this.sweep = WorkflowBeans.required(context, TicketSweep.class,
                "sysops.workflow.state-machine-arn (SYSOPS_WORKFLOW_STATE_MACHINE_ARN)");
    }

    @Override
    public SweepReport execute(ScheduledEvent event) {
        return sweep.sweep(getApplicationContext().getBean(Context.class)::getRemainingTimeInMillis);
    }
}
