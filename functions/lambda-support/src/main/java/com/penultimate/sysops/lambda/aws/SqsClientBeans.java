package com.penultimate.sysops.lambda.aws;

import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The container's SQS client, when the function carries that SDK (endpoint key {@code sqs}). */
@Factory
@Requires(classes = SqsClient.class)
public class SqsClientBeans {

    @Singleton
    @Bean(preDestroy = "close")
    SqsClient sqs(SysopsSettings settings) {
        return ClientPlacement.build(SqsClient.builder(), settings, "sqs");
    }
}
