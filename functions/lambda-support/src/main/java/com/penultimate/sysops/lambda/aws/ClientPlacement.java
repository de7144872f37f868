package com.penultimate.sysops.lambda.aws;

import com.penultimate.sysops.lambda.settings.SysopsSettings;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Where a client talks to: the configured region (or the SDK's default chain, which reads {@code AWS_REGION}),
 * and an endpoint override with dummy credentials when a local engine stands in for the service.
 */
final class ClientPlacement {
    /** A local engine (DynamoDB Local, ElasticMQ, moto) accepts any credentials, and the machine may have none. */
    static final AwsCredentialsProvider LOCAL_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    private ClientPlacement() {
    }

    static String region(SysopsSettings settings) {
        return settings.region().orElseGet(() -> new DefaultAwsRegionProviderChain().getRegion().id());
    }

    /** The override for {@code service}; empty means the SDK's own resolution ({@code AWS_ENDPOINT_URL_*} included). */
    static Optional<URI> endpoint(SysopsSettings settings, String service) {
        return settings.endpointFor(service);
    }
}
