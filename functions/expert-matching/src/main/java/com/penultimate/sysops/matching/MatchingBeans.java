package com.penultimate.sysops.matching;

import com.penultimate.sysops.aws.dynamodb.DynamoDbDispatcher;
import com.penultimate.sysops.aws.dynamodb.DynamoDbExpertDirectory;
import com.penultimate.sysops.aws.dynamodb.DynamoDbExpertRatings;
import com.penultimate.sysops.aws.dynamodb.DynamoDbProductRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbTicketRepository;
import com.penultimate.sysops.core.lifecycle.MatchOutcome;
import com.penultimate.sysops.core.lifecycle.TicketMatching;
import com.penultimate.sysops.lambda.metrics.BusinessMetrics;
import com.penultimate.sysops.lambda.metrics.MetricsSink;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Wires matching to the Tickets, Products, Experts (with their survey ratings) and ExpertCells tables. */
@Factory
@SerdeImport(MatchOutcome.class)
class MatchingBeans {

    @Singleton
    TicketMatching matching(DynamoDbClient dynamoDb, SysopsSettings settings, Clock clock) {
        String tickets = settings.table("tickets");
        String experts = settings.table("experts");
        // Matching never creates tickets, so the ticket repository needs no idempotency table.
        return new TicketMatching(new DynamoDbTicketRepository(dynamoDb, tickets, null, clock),
                new DynamoDbProductRepository(dynamoDb, settings.table("products")),
                new DynamoDbExpertDirectory(dynamoDb, experts, settings.table("expert-cells")),
                new DynamoDbDispatcher(dynamoDb, tickets, experts), new DynamoDbExpertRatings(dynamoDb, experts), clock);
    }

    @Singleton
    BusinessMetrics metrics(MetricsSink sink, Clock clock) {
        return new BusinessMetrics("expert-matching", sink, clock);
    }
}
