package com.penultimate.sysops.workflow;

import com.penultimate.sysops.core.fake.RecordingWorkflow;
import com.penultimate.sysops.core.port.TicketWorkflow;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * In tests, the sweeper starts workflows on a recorder instead of Step Functions: the Step Functions adapter is
 * tested in aws-adapters, and this function's concern is which tickets it starts.
 */
@Factory
class RecordingWorkflowBeans {

    @Singleton
    @Replaces(value = TicketWorkflow.class, factory = WorkflowBeans.class)
    @Requires(property = "sysops.workflow.state-machine-arn")
    TicketWorkflow recordingWorkflow() {
        return new RecordingWorkflow();
    }
}
