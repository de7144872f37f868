package com.penultimate.sysops.workflow;

import com.penultimate.sysops.aws.dynamodb.DynamoDbDispatcher;
import com.penultimate.sysops.aws.dynamodb.DynamoDbTicketRepository;
import com.penultimate.sysops.aws.messaging.SqsNotificationQueue;
import com.penultimate.sysops.aws.workflow.StepFunctionsTicketWorkflow;
import com.penultimate.sysops.core.lifecycle.TicketLifecycle;
import com.penultimate.sysops.core.port.TicketWorkflow;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Wires the two functions this jar holds. Each gets only its own settings (the workflow steps a queue, the
 * sweeper a state machine), and Lambda creates every singleton at start, so each side exists only when its
 * setting does.
 */
@Factory
class WorkflowBeans {

    @Singleton
    @Requires(property = "sysops.queues.notifications")
    WorkflowSteps steps(DynamoDbClient dynamoDb, SqsClient sqs, SysopsSettings settings, Clock clock) {
        String tickets = settings.table("tickets");
        // The workflow never creates tickets, so the ticket repository needs no idempotency table.
        return new WorkflowSteps(new TicketLifecycle(new DynamoDbTicketRepository(dynamoDb, tickets, null, clock),
                new DynamoDbDispatcher(dynamoDb, tickets, settings.table("experts")),
                new SqsNotificationQueue(sqs, settings.queue("notifications")), clock));
    }

    @Singleton
    @Requires(property = "sysops.workflow.state-machine-arn")
    TicketWorkflow workflow(SfnClient stepFunctions, SysopsSettings settings) {
        return new StepFunctionsTicketWorkflow(stepFunctions, settings.stateMachineArn());
    }

    @Singleton
    @Requires(beans = TicketWorkflow.class)
    TicketSweep sweep(DynamoDbClient dynamoDb, TicketWorkflow workflow, SysopsSettings settings, Clock clock) {
        return new TicketSweep(new StaleTickets(dynamoDb, settings.table("tickets")), workflow, clock);
    }

    /** The bean a handler needs, or a start-up failure naming the missing setting. */
    static <T> T required(ApplicationContext context, Class<T> type, String setting) {
        return context.findBean(type).orElseThrow(() -> new IllegalStateException(
                type.getSimpleName() + " is not configured: set " + setting));
    }
}
