package com.penultimate.sysops.admin;

import com.penultimate.sysops.aws.dynamodb.DynamoDbExpertRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbProductRepository;
import com.penultimate.sysops.core.usecase.Administration;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Wires administration to the product and expert tables. */
@Factory
class AdminBeans {

    @Singleton
    Administration administration(DynamoDbClient dynamoDb, SysopsSettings settings) {
        return new Administration(new DynamoDbProductRepository(dynamoDb, settings.table("products")),
                new DynamoDbExpertRepository(dynamoDb, settings.table("experts"), settings.table("expert-cells")));
    }
}
