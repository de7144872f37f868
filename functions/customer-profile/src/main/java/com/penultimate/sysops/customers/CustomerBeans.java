package com.penultimate.sysops.customers;

import com.penultimate.sysops.aws.dynamodb.DynamoDbContractRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbCustomerRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbInvoiceRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbProductRepository;
import com.penultimate.sysops.aws.messaging.SqsBillingQueue;
import com.penultimate.sysops.core.billing.CardUpdates;
import com.penultimate.sysops.core.billing.CustomerInvoices;
import com.penultimate.sysops.core.port.IdGenerator;
import com.penultimate.sysops.core.usecase.CustomerAccounts;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Wires this function's use cases to the tables it owns or reads, and to the billing queue. */
@Factory
class CustomerBeans {

    @Singleton
    CustomerAccounts customerAccounts(DynamoDbClient dynamoDb, SysopsSettings settings, IdGenerator ids, Clock clock) {
        return new CustomerAccounts(
                new DynamoDbCustomerRepository(dynamoDb, settings.table("customers")),
                new DynamoDbContractRepository(dynamoDb, settings.table("contracts")),
                new DynamoDbProductRepository(dynamoDb, settings.table("products")),
                ids, clock);
    }

    @Singleton
    CardUpdates cardUpdates(CustomerAccounts accounts, DynamoDbClient dynamoDb, SqsClient sqs,
                            SysopsSettings settings) {
        return new CardUpdates(accounts, new DynamoDbContractRepository(dynamoDb, settings.table("contracts")),
                new SqsBillingQueue(sqs, settings.queue("billing")));
    }

    @Singleton
    CustomerInvoices invoices(DynamoDbClient dynamoDb, SysopsSettings settings) {
        return new CustomerInvoices(new DynamoDbInvoiceRepository(dynamoDb, settings.table("invoices")));
    }
}
