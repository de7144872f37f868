package com.penultimate.sysops.local.services;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/** Real SDK v2 clients pointed at a local endpoint, configured as the functions configure theirs. */
final class SdkClients {
    private SdkClients() {
    }

    /** E.g. {@code SdkClients.local(SnsClient.builder(), endpoint)}. */
    static <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C local(B builder, URI endpoint) {
        return builder.httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOCAL", "secret")))
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(b -> b.maxAttempts(1)).build())
                .build();
    }
}
