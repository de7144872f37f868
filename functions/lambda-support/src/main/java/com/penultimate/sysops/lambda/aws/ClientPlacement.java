package com.penultimate.sysops.lambda.aws;

import com.penultimate.sysops.lambda.settings.SysopsSettings;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Where a client talks to and how patiently: the configured region (or the SDK's default chain, which reads
 * {@code AWS_REGION}), an endpoint override with dummy credentials when a local engine stands in for the
 * service, the light URL-connection HTTP client (set explicitly: tests and the local runtime carry others),
 * and bounded timeouts with the SDK's standard retries.
 */
final class ClientPlacement {
    /** A local engine (DynamoDB Local, ElasticMQ, moto) accepts any credentials, and the machine may have none. */
    static final AwsCredentialsProvider LOCAL_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(8);
    static final int MAX_ATTEMPTS = 3;

    private ClientPlacement() {
    }

    static String region(SysopsSettings settings) {
        return settings.region().orElseGet(() -> new DefaultAwsRegionProviderChain().getRegion().id());
    }

    /** Builds a client of {@code service} ({@code sqs}, {@code sns}, ...: the key of its endpoint override). */
    static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
            B builder, SysopsSettings settings, String service) {
        builder.region(Region.of(region(settings)))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(ATTEMPT_TIMEOUT))
                .overrideConfiguration(o -> o.apiCallTimeout(CALL_TIMEOUT)
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(MAX_ATTEMPTS).build()));
        settings.endpointFor(service).ifPresent(endpoint ->
                builder.endpointOverride(endpoint).credentialsProvider(LOCAL_CREDENTIALS));
        return builder.build();
    }
}
