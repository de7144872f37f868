package com.penultimate.sysops.aws.secrets;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/**
 * Reads a secret string from Secrets Manager, for a value a container needs once (a signing key): a client is
 * built for the one call, with bounded timeouts, and closed after it. An endpoint override points it at a local
 * engine (with dummy credentials, which local engines accept). Functions that use it declare the
 * {@code secretsmanager} SDK themselves: it is optional here, so the other jars do not carry it.
 */
public final class SecretsManagerSecrets {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(8);

    private SecretsManagerSecrets() {
    }

    /**
     * The secret's string; {@code IllegalStateException} if it holds none. A null {@code region} leaves it to the
     * SDK's default chain ({@code AWS_REGION} on Lambda), a null {@code endpointOverride} to the SDK's resolution.
     */
    public static String read(String region, URI endpointOverride, String secretId) {
        SecretsManagerClientBuilder builder = SecretsManagerClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(ATTEMPT_TIMEOUT))
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(CALL_TIMEOUT)
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT).build());
        if (region != null) {
            builder.region(Region.of(region));
        }
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        }
        try (SecretsManagerClient client = builder.build()) {
            String secret = client.getSecretValue(get -> get.secretId(secretId)).secretString();
            if (secret == null || secret.isBlank()) {
                throw new IllegalStateException("secret " + secretId + " holds no string");
            }
            return secret;
        }
    }
}
