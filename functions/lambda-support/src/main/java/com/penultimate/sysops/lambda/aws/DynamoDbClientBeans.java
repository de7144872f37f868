package com.penultimate.sysops.lambda.aws;

import com.penultimate.sysops.aws.DynamoDbClientSettings;
import com.penultimate.sysops.aws.DynamoDbClients;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The container's DynamoDB client, when the function carries the DynamoDB SDK. */
@Factory
@Requires(classes = DynamoDbClient.class)
public class DynamoDbClientBeans {

    @Singleton
    @Bean(preDestroy = "close")
    DynamoDbClient dynamoDb(SysopsSettings settings) {
        DynamoDbClientSettings client = DynamoDbClientSettings.forRegion(ClientPlacement.region(settings));
        var endpoint = settings.endpointFor("dynamodb");
        if (endpoint.isPresent()) {
            client = client.withEndpointOverride(endpoint.get()).withCredentials(ClientPlacement.LOCAL_CREDENTIALS);
        }
        return DynamoDbClients.create(client);
    }
}
