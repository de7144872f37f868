package com.penultimate.sysops.lambda.aws;

import com.penultimate.sysops.aws.AwsClients;
import com.penultimate.sysops.aws.AwsService;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The container's Step Functions client, when the function carries that SDK. */
@Factory
@Requires(classes = SfnClient.class)
public class SfnClientBeans {

    @Singleton
    @Bean(preDestroy = "close")
    SfnClient sfn(SysopsSettings settings) {
        return AwsClients.sfn(ClientPlacement.forService(settings, AwsService.SFN));
    }
}
