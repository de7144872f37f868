package com.penultimate.sysops.lambda.aws;

import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** The container's SES (v2) client, when the function carries that SDK (endpoint key {@code sesv2}). */
@Factory
@Requires(classes = SesV2Client.class)
public class SesV2ClientBeans {

    @Singleton
    @Bean(preDestroy = "close")
    SesV2Client sesV2(SysopsSettings settings) {
        return ClientPlacement.build(SesV2Client.builder(), settings, "sesv2");
    }
}
