package com.penultimate.sysops.tickets;

import com.penultimate.sysops.aws.dynamodb.DynamoDbContractRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbCustomerRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbProductRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbExpertRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbTicketRepository;
import com.penultimate.sysops.aws.workflow.StepFunctionsTicketWorkflow;
import com.penultimate.sysops.core.port.ExpertRepository;
import com.penultimate.sysops.core.port.IdGenerator;
import com.penultimate.sysops.core.port.TicketRepository;
import com.penultimate.sysops.core.usecase.TicketIntake;
import com.penultimate.sysops.core.usecase.TicketQueries;
import com.penultimate.sysops.lambda.metrics.BusinessMetrics;
import com.penultimate.sysops.lambda.metrics.MetricsSink;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/** Wires intake and queries to the ticket, idempotency and reference tables. */
@Factory
class TicketBeans {

    @Singleton
    TicketRepository tickets(DynamoDbClient dynamoDb, SysopsSettings settings, Clock clock) {
        return new DynamoDbTicketRepository(dynamoDb, settings.table("tickets"), settings.table("idempotency"), clock);
    }

    @Singleton
    TicketIntake intake(TicketRepository tickets, DynamoDbClient dynamoDb, SfnClient stepFunctions,
                        SysopsSettings settings, IdGenerator ids, Clock clock) {
        return new TicketIntake(tickets,
                new DynamoDbCustomerRepository(dynamoDb, settings.table("customers")),
                new DynamoDbContractRepository(dynamoDb, settings.table("contracts")),
                new DynamoDbProductRepository(dynamoDb, settings.table("products")),
                new StepFunctionsTicketWorkflow(stepFunctions, settings.stateMachineArn()),
                ids, clock);
    }

    /** Read-only: the assigned expert's name on a ticket. */
    @Singleton
    ExpertRepository experts(DynamoDbClient dynamoDb, SysopsSettings settings) {
        return new DynamoDbExpertRepository(dynamoDb, settings.table("experts"), null);
    }

    @Singleton
    BusinessMetrics metrics(MetricsSink sink, Clock clock) {
        return new BusinessMetrics("ticket-intake", sink, clock);
    }

    @Singleton
    TicketQueries queries(TicketRepository tickets) {
        return new TicketQueries(tickets);
    }
}
