package com.penultimate.sysops.aws;

import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the one {@link DynamoDbClient} a container uses: the light URL-connection HTTP client (set explicitly,
 * since tests and the local runtime put other HTTP clients on the classpath), bounded call and attempt
 * timeouts, and the SDK's standard retry strategy.
 */
public final class DynamoDbClients {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private DynamoDbClients() {
    }

    public static DynamoDbClient create(DynamoDbClientSettings settings) {
        return create(settings, List.of());
    }

    /** As {@link #create(DynamoDbClientSettings)}, with interceptors that see every request (e.g. tracing). */
    public static DynamoDbClient create(DynamoDbClientSettings settings, List<ExecutionInterceptor> interceptors) {
        ClientOverrideConfiguration.Builder overrides = ClientOverrideConfiguration.builder()
                .apiCallTimeout(settings.apiCallTimeout())
                .apiCallAttemptTimeout(settings.apiCallAttemptTimeout())
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(settings.maxAttempts()).build());
        interceptors.forEach(overrides::addExecutionInterceptor);
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(Region.of(settings.region()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(settings.apiCallAttemptTimeout()))
                .overrideConfiguration(overrides.build());
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        if (settings.credentials() != null) {
            builder.credentialsProvider(settings.credentials());
        }
        return builder.build();
    }
}
