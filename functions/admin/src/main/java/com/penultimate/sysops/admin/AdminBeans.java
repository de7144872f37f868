package com.penultimate.sysops.admin;

import com.penultimate.sysops.aws.dynamodb.DynamoDbBillingLedger;
import com.penultimate.sysops.aws.dynamodb.DynamoDbExpertRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbProductRepository;
import com.penultimate.sysops.aws.messaging.SqsBillingQueue;
import com.penultimate.sysops.core.billing.BillingRun;
import com.penultimate.sysops.core.usecase.Administration;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Wires administration to the product and expert tables, and on-demand billing runs to the contracts and the
 * billing queue.
 */
@Factory
class AdminBeans {

    @Singleton
    BillingRun billingRun(DynamoDbClient dynamoDb, SqsClient sqs, SysopsSettings settings) {
        // A run only reads which contracts end on a day: no invoices table needed.
        return new BillingRun(new DynamoDbBillingLedger(dynamoDb, settings.table("contracts"), null),
                new SqsBillingQueue(sqs, settings.queue("billing")));
    }

    @Singleton
    Administration administration(DynamoDbClient dynamoDb, SysopsSettings settings) {
        return new Administration(new DynamoDbProductRepository(dynamoDb, settings.table("products")),
                new DynamoDbExpertRepository(dynamoDb, settings.table("experts"), settings.table("expert-cells")));
    }
}
