package com.penultimate.sysops.expertapp;

import com.penultimate.sysops.core.fake.RecordingWorkflow;
import com.penultimate.sysops.core.port.TicketWorkflow;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

/**
 * In tests, answers go to a recorder instead of Step Functions: the Step Functions adapter is tested in
 * aws-adapters, and this function's concern is which answer reaches which waiting token.
 */
@Factory
class RecordingWorkflowBeans {

    @Singleton
    @Replaces(value = TicketWorkflow.class, factory = ExpertAppBeans.class)
    TicketWorkflow recordingWorkflow() {
        return new RecordingWorkflow();
    }
}
