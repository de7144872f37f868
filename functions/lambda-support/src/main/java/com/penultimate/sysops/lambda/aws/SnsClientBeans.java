package com.penultimate.sysops.lambda.aws;

import com.penultimate.sysops.aws.AwsClients;
import com.penultimate.sysops.aws.AwsService;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.sns.SnsClient;

/** The container's SNS client, when the function carries that SDK. */
@Factory
@Requires(classes = SnsClient.class)
public class SnsClientBeans {

    @Singleton
    @Bean(preDestroy = "close")
    SnsClient sns(SysopsSettings settings) {
        return AwsClients.sns(ClientPlacement.forService(settings, AwsService.SNS));
    }
}
