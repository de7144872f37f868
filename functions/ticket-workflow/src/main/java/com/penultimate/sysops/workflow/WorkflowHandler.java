package com.penultimate.sysops.workflow;

import com.penultimate.sysops.lambda.logging.Correlation;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;

/**
 * Lambda entry point for the ticket lifecycle's steps other than matching: begin matching, offer and wait,
 * accepted, await completion, completed, release, escalate, and the survey's: send, remind, close. Lambda builds
 * handlers with their no-argument constructor, so the steps are looked up once, when the container starts.
 */
public class WorkflowHandler extends MicronautRequestHandler<WorkflowTask, WorkflowStepResult> {
    private final WorkflowSteps steps;

    public WorkflowHandler() {
        this.steps = WorkflowBeans.required(getApplicationContext(), WorkflowSteps.class,
                "sysops.queues.notifications (SYSOPS_QUEUES_NOTIFICATIONS)");
    }

    /** For tests and the local runtime: runs in a context built elsewhere. */
    public WorkflowHandler(ApplicationContext context) {
        super(context);
        this.steps = WorkflowBeans.required(context, WorkflowSteps.class,
                "sysops.queues.notifications (SYSOPS_QUEUES_NOTIFICATIONS)");
    }

    @Override
    public WorkflowStepResult execute(WorkflowTask task) {
        return Correlation.forTicket(task == null ? null : task.ticketId(), () -> steps.run(task));
    }
}
