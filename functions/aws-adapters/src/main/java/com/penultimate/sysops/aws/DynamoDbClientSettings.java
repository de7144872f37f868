package com.penultimate.sysops.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * How to build a DynamoDB client. {@code endpointOverride} and {@code credentials} are null unless set:
 * then the SDK's own resolution applies (it honours {@code AWS_ENDPOINT_URL}, {@code AWS_ENDPOINT_URL_DYNAMODB}
 * and the default credentials chain).
 */
public record DynamoDbClientSettings(
        String region,
        URI endpointOverride,
        AwsCredentialsProvider credentials,
        Duration apiCallTimeout,
        Duration apiCallAttemptTimeout,
        int maxAttempts) {

    public DynamoDbClientSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(apiCallTimeout, "apiCallTimeout");
        Objects.requireNonNull(apiCallAttemptTimeout, "apiCallAttemptTimeout");
        if (apiCallAttemptTimeout.compareTo(apiCallTimeout) > 0) {
            throw new IllegalArgumentException("an attempt cannot outlast the whole call");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Defaults that fit a Lambda: 2 s per attempt, 6 s per call, 3 attempts. */
    public static DynamoDbClientSettings forRegion(String region) {
        return new DynamoDbClientSettings(region, null, null, Duration.ofSeconds(6), Duration.ofSeconds(2), 3);
    }

    public DynamoDbClientSettings withEndpointOverride(URI endpoint) {
        return new DynamoDbClientSettings(region, endpoint, credentials, apiCallTimeout, apiCallAttemptTimeout,
                maxAttempts);
    }

    public DynamoDbClientSettings withCredentials(AwsCredentialsProvider provider) {
        return new DynamoDbClientSettings(region, endpointOverride, provider, apiCallTimeout, apiCallAttemptTimeout,
                maxAttempts);
    }

    public DynamoDbClientSettings withTimeouts(Duration call, Duration attempt) {
        return new DynamoDbClientSettings(region, endpointOverride, credentials, call, attempt, maxAttempts);
    }

    public DynamoDbClientSettings withMaxAttempts(int attempts) {
        return new DynamoDbClientSettings(region, endpointOverride, credentials, apiCallTimeout,
                apiCallAttemptTimeout, attempts);
    }
}
