package com.penultimate.sysops.lambda.aws;

import com.penultimate.sysops.aws.AwsClients;
import com.penultimate.sysops.aws.AwsService;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** The container's SES (v2) client, when the function carries that SDK. */
@Factory
@Requires(classes = SesV2Client.class)
public class SesV2ClientBeans {

    @Singleton
    @Bean(preDestroy = "close")
    SesV2Client sesV2(SysopsSettings settings) {
        return AwsClients.sesV2(ClientPlacement.forService(settings, AwsService.SESV2));
    }
}
