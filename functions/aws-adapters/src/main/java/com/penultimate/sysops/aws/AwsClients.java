package com.penultimate.sysops.aws;

import java.time.Duration;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the messaging clients a container uses, once each: the light URL-connection HTTP client (set
 * explicitly, since tests and the local runtime put other HTTP clients on the classpath), bounded call and
 * attempt timeouts, the SDK's standard retry strategy, and the endpoint override of the service, if any.
 */
public final class AwsClients {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private AwsClients() {
    }

    public static SqsClient sqs(AwsClientSettings settings) {
        return build(SqsClient.builder(), AwsService.SQS, settings);
    }

    public static SnsClient sns(AwsClientSettings settings) {
        return build(SnsClient.builder(), AwsService.SNS, settings);
    }

    public static SesV2Client sesV2(AwsClientSettings settings) {
        return build(SesV2Client.builder(), AwsService.SESV2, settings);
    }

    public static SfnClient sfn(AwsClientSettings settings) {
        return build(SfnClient.builder(), AwsService.SFN, settings);
    }

    public static EventBridgeClient eventBridge(AwsClientSettings settings) {
        return build(EventBridgeClient.builder(), AwsService.EVENTBRIDGE, settings);
    }

    private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
            B builder, AwsService service, AwsClientSettings settings) {
        builder.region(Region.of(settings.region()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(settings.apiCallAttemptTimeout()))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(settings.apiCallTimeout())
                        .apiCallAttemptTimeout(settings.apiCallAttemptTimeout())
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(settings.maxAttempts()).build())
                        .executionInterceptors(settings.interceptors())
                        .build());
        if (settings.endpointOverride(service) != null) {
            builder.endpointOverride(settings.endpointOverride(service));
        }
        if (settings.credentials() != null) {
            builder.credentialsProvider(settings.credentials());
        }
        return builder.build();
    }
}
