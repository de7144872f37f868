package com.penultimate.sysops.lambda.aws;

import com.penultimate.sysops.aws.AwsClientSettings;
import com.penultimate.sysops.aws.AwsService;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Where a client talks to: the configured region (or the SDK's default chain, which reads {@code AWS_REGION}),
 * and the service's endpoint override with dummy credentials when a local engine stands in for it.
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

    /** Settings for {@code service}'s client; its key in {@code sysops.aws.endpoints} is its endpoint name. */
    static AwsClientSettings forService(SysopsSettings settings, AwsService service) {
        AwsClientSettings client = AwsClientSettings.forRegion(region(settings));
        Optional<URI> endpoint = settings.endpointFor(endpointKey(service));
        return endpoint.isEmpty() ? client
                : client.withEndpointOverride(service, endpoint.get()).withCredentials(LOCAL_CREDENTIALS);
    }

    /** The key of {@code sysops.aws.endpoints.<key>}, as in the SDK's {@code AWS_ENDPOINT_URL_<SERVICE>}. */
    static String endpointKey(AwsService service) {
        return switch (service) {
            case SQS -> "sqs";
            case SNS -> "sns";
            case SESV2 -> "sesv2";
            case SFN -> "sfn";
            case EVENTBRIDGE -> "events";
        };
    }
}
