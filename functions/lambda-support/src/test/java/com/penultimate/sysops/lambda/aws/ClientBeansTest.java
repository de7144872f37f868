package com.penultimate.sysops.lambda.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.lambda.testing.LambdaContexts;
import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

class ClientBeansTest {

    @Test
    void everyClient_usesItsOwnEndpointOverrideElseTheCommonOne() {
        try (ApplicationContext context = LambdaContexts.start(Map.of(
                "sysops.aws.region", "eu-west-1",
                "sysops.aws.endpoint", "http://127.0.0.1:5000",
                "sysops.aws.endpoints.dynamodb", "http://127.0.0.1:8000",
                "sysops.aws.endpoints.sqs", "http://127.0.0.1:9324"))) {

            assertThat(endpoint(context.getBean(DynamoDbClient.class).serviceClientConfiguration().endpointOverride()))
                    .isEqualTo("http://127.0.0.1:8000");
            assertThat(endpoint(context.getBean(SqsClient.class).serviceClientConfiguration().endpointOverride()))
                    .isEqualTo("http://127.0.0.1:9324");
            assertThat(endpoint(context.getBean(SnsClient.class).serviceClientConfiguration().endpointOverride()))
                    .isEqualTo("http://127.0.0.1:5000");
            assertThat(endpoint(context.getBean(SesV2Client.class).serviceClientConfiguration().endpointOverride()))
                    .isEqualTo("http://127.0.0.1:5000");
            assertThat(endpoint(context.getBean(SfnClient.class).serviceClientConfiguration().endpointOverride()))
                    .isEqualTo("http://127.0.0.1:5000");
            assertThat(context.getBean(EventBridgeClient.class).serviceClientConfiguration().region().id())
                    .isEqualTo("eu-west-1");
        }
    }

    @Test
    void everyClientBean_hasCallAndAttemptTimeoutsAndARetryStrategy() {
        try (ApplicationContext context = LambdaContexts.start(Map.of("sysops.aws.region", "us-east-1"))) {
            Collection<SdkClient> clients = context.getBeansOfType(SdkClient.class);

            assertThat(clients).hasAtLeastOneElementOfType(DynamoDbClient.class)
                    .hasAtLeastOneElementOfType(SqsClient.class).hasAtLeastOneElementOfType(SnsClient.class)
                    .hasAtLeastOneElementOfType(SesV2Client.class).hasAtLeastOneElementOfType(SfnClient.class)
                    .hasAtLeastOneElementOfType(EventBridgeClient.class);
            assertThat(clients).allSatisfy(client -> {
                ClientOverrideConfiguration overrides = client.serviceClientConfiguration().overrideConfiguration();
                assertThat(overrides.apiCallTimeout()).as(client.serviceName())
                        .hasValueSatisfying(timeout -> assertThat(timeout).isPositive());
                assertThat(overrides.apiCallAttemptTimeout()).as(client.serviceName())
                        .hasValueSatisfying(timeout -> assertThat(timeout)
                                .isPositive().isLessThanOrEqualTo(overrides.apiCallTimeout().orElseThrow()));
                assertThat(overrides.retryStrategy()).as(client.serviceName())
                        .hasValueSatisfying(retries -> assertThat(retries.maxAttempts()).isGreaterThan(1));
            });
        }
    }

    @Test
    void clients_withoutOverrides_leaveTheEndpointToTheSdk() {
        try (ApplicationContext context = LambdaContexts.start(Map.of("sysops.aws.region", "us-east-2"))) {
            SqsClient sqs = context.getBean(SqsClient.class);

            assertThat(sqs.serviceClientConfiguration().endpointOverride()).isEmpty();
            assertThat(sqs.serviceClientConfiguration().region().id()).isEqualTo("us-east-2");
        }
    }

    private static String endpoint(java.util.Optional<URI> override) {
        return override.map(URI::toString).orElse(null);
    }
}
