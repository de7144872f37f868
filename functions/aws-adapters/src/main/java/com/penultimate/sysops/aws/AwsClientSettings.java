package com.penultimate.sysops.aws;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * How {@link AwsClients} builds its clients. A service without an endpoint override, and settings without
 * credentials, leave the SDK's own resolution in charge: it honours {@code AWS_ENDPOINT_URL},
 * {@code AWS_ENDPOINT_URL_<SERVICE>} and the default credentials chain.
 */
public record AwsClientSettings(
        String region,
        Map<AwsService, URI> endpointOverrides,
        AwsCredentialsProvider credentials,
        Duration apiCallTimeout,
        Duration apiCallAttemptTimeout,
        int maxAttempts,
        List<ExecutionInterceptor> interceptors) {

    public AwsClientSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(apiCallTimeout, "apiCallTimeout");
        Objects.requireNonNull(apiCallAttemptTimeout, "apiCallAttemptTimeout");
        endpointOverrides = Map.copyOf(endpointOverrides);
        interceptors = List.copyOf(interceptors);
        if (apiCallAttemptTimeout.compareTo(apiCallTimeout) > 0) {
            throw new IllegalArgumentException("an attempt cannot outlast the whole call");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Defaults that fit a Lambda: 2 s per attempt, 6 s per call, 3 attempts. */
    public static AwsClientSettings forRegion(String region) {
        return new AwsClientSettings(region, Map.of(), null, Duration.ofSeconds(6), Duration.ofSeconds(2), 3,
                List.of());
    }

    /**
     * Every service at one local endpoint (moto, LocalStack) with static dummy credentials, which such
     * servers accept and which keep the SDK from looking for real ones.
     */
    public static AwsClientSettings local(String region, URI endpoint) {
        AwsClientSettings settings = forRegion(region).withCredentials(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        for (AwsService service : AwsService.values()) {
            settings = settings.withEndpointOverride(service, endpoint);
        }
        return settings;
    }

    /** The override for {@code service}, or null. */
    public URI endpointOverride(AwsService service) {
        return endpointOverrides.get(service);
    }

    public AwsClientSettings withEndpointOverride(AwsService service, URI endpoint) {
        Map<AwsService, URI> overrides = new EnumMap<>(AwsService.class);
        overrides.putAll(endpointOverrides);
        overrides.put(service, endpoint);
        return new AwsClientSettings(region, overrides, credentials, apiCallTimeout, apiCallAttemptTimeout,
                maxAttempts, interceptors);
    }

    public AwsClientSettings withCredentials(AwsCredentialsProvider provider) {
        return new AwsClientSettings(region, endpointOverrides, provider, apiCallTimeout, apiCallAttemptTimeout,
                maxAttempts, interceptors);
    }

    public AwsClientSettings withTimeouts(Duration call, Duration attempt) {
        return new AwsClientSettings(region, endpointOverrides, credentials, call, attempt, maxAttempts,
                interceptors);
    }

    public AwsClientSettings withMaxAttempts(int attempts) {
        return new AwsClientSettings(region, endpointOverrides, credentials, apiCallTimeout, apiCallAttemptTimeout,
                attempts, interceptors);
    }

    /** The same settings with one more interceptor that sees every request (e.g. tracing). */
    public AwsClientSettings withInterceptor(ExecutionInterceptor interceptor) {
        List<ExecutionInterceptor> more = new ArrayList<>(interceptors);
        more.add(interceptor);
        return new AwsClientSettings(region, endpointOverrides, credentials, apiCallTimeout, apiCallAttemptTimeout,
                maxAttempts, more);
    }
}
