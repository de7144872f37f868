package com.penultimate.sysops.expertapp;

import com.penultimate.sysops.aws.dynamodb.DynamoDbCustomerRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbTicketRepository;
import com.penultimate.sysops.aws.workflow.StepFunctionsTicketWorkflow;
import com.penultimate.sysops.core.lifecycle.ExpertDesk;
import com.penultimate.sysops.core.port.CustomerRepository;
import com.penultimate.sysops.core.port.TicketWorkflow;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/** Wires the expert's desk to the Tickets and Customers tables and to the waiting ticket workflows. */
@Factory
class ExpertAppBeans {

    @Singleton
    TicketWorkflow workflow(SfnClient stepFunctions, SysopsSettings settings) {
        return new StepFunctionsTicketWorkflow(stepFunctions, settings.stateMachineArn());
    }

    @Singleton
    CustomerRepository customers(DynamoDbClient dynamoDb, SysopsSettings settings) {
        return new DynamoDbCustomerRepository(dynamoDb, settings.table("customers"));
    }

    @Singleton
    ExpertDesk desk(DynamoDbClient dynamoDb, SysopsSettings settings, TicketWorkflow workflow, Clock clock) {
        // This function never creates tickets, so its repository needs no idempotency table.
        return new ExpertDesk(new DynamoDbTicketRepository(dynamoDb, settings.table("tickets"), null, clock), workflow);
    }
}
