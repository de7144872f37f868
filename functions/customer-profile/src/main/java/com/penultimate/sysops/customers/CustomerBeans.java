package com.penultimate.sysops.customers;

import com.penultimate.sysops.aws.dynamodb.DynamoDbContractRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbCustomerRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbProductRepository;
import com.penultimate.sysops.core.port.IdGenerator;
import com.penultimate.sysops.core.usecase.CustomerAccounts;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Wires this function's use case to the tables it owns or reads. */
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
}
