package com.penultimate.sysops.lambda.aws;

import com.penultimate.sysops.aws.AwsClients;
import com.penultimate.sysops.aws.AwsService;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The container's SQS client, when the function carries that SDK. */
@Factory
@Requires(classes = SqsClient.class)
public class SqsClientBeans {

    @Singleton
    @Bean(preDestroy = "close")
    SqsClient sqs(SysopsSettings settings) {
        return AwsClients.sqs(ClientPlacement.forService(settings, AwsService.SQS));
    }
}
