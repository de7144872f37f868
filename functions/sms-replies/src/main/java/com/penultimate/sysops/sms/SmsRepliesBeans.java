package com.penultimate.sysops.sms;

import com.penultimate.sysops.aws.dynamodb.DynamoDbExpertRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbTicketRepository;
import com.penultimate.sysops.aws.workflow.StepFunctionsTicketWorkflow;
import com.penultimate.sysops.core.lifecycle.ExpertDesk;
import com.penultimate.sysops.core.lifecycle.SmsReplies;
import com.penultimate.sysops.core.port.TicketRepository;
import com.penultimate.sysops.core.port.TicketWorkflow;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/** Wires SMS replies to the Tickets and Experts tables and to the waiting ticket workflows. */
@Factory
class SmsRepliesBeans {

    @Singleton
    TicketWorkflow workflow(SfnClient stepFunctions, SysopsSettings settings) {
        return new StepFunctionsTicketWorkflow(stepFunctions, settings.stateMachineArn());
    }

    @Singleton
    SmsReplies replies(DynamoDbClient dynamoDb, TicketWorkflow workflow, SysopsSettings settings, Clock clock) {
        // Reads experts and never creates tickets: neither the cells index nor the idempotency table is needed.
        TicketRepository tickets = new DynamoDbTicketRepository(dynamoDb, settings.table("tickets"), null, clock);
        return new SmsReplies(tickets, new DynamoDbExpertRepository(dynamoDb, settings.table("experts"), null),
                new ExpertDesk(tickets, workflow, ExpertDesk.CATCH_UP));
    }
}
