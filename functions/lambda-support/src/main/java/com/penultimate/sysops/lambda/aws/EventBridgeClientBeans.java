package com.penultimate.sysops.lambda.aws;

import com.penultimate.sysops.aws.AwsClients;
import com.penultimate.sysops.aws.AwsService;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** The container's EventBridge client, when the function carries that SDK. */
@Factory
@Requires(classes = EventBridgeClient.class)
public class EventBridgeClientBeans {

    @Singleton
    @Bean(preDestroy = "close")
    EventBridgeClient eventBridge(SysopsSettings settings) {
        return AwsClients.eventBridge(ClientPlacement.forService(settings, AwsService.EVENTBRIDGE));
    }
}
