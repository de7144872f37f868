package com.penultimate.sysops.reports.ingest;

import com.penultimate.sysops.aws.dynamodb.DynamoDbCustomerRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbProductRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbReportStore;
import com.penultimate.sysops.core.reports.TicketReporting;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Wires counting to the Reports table, and to the products (skills) and customers (area) it groups tickets by. */
@Factory
class IngestBeans {

    @Singleton
    TicketChanges changes(DynamoDbClient dynamoDb, SysopsSettings settings) {
        return new TicketChanges(new TicketReporting(new DynamoDbReportStore(dynamoDb, settings.table("reports")),
                new DynamoDbProductRepository(dynamoDb, settings.table("products")),
                new DynamoDbCustomerRepository(dynamoDb, settings.table("customers"))));
    }
}
