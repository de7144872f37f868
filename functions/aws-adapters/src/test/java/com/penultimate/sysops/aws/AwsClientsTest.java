package com.penultimate.sysops.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.AwsClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

class AwsClientsTest {
    private static final URI MOTO = URI.create("http://127.0.0.1:5000");

    @Test
    void everyClient_getsRegionTimeoutsRetriesAndItsOwnEndpoint() {
        AwsClientSettings settings = AwsClientSettings.forRegion("eu-central-1")
                .withEndpointOverride(AwsService.SQS, MOTO)
                .withTimeouts(Duration.ofSeconds(4), Duration.ofSeconds(1))
                .withMaxAttempts(2);

        try (SqsClient sqs = AwsClients.sqs(settings); SnsClient sns = AwsClients.sns(settings)) {
            assertThat(sqs.serviceClientConfiguration().endpointOverride()).contains(MOTO);
            assertThat(sns.serviceClientConfiguration().endpointOverride()).isEmpty();
            for (AwsClient client : new AwsClient[] {sqs, sns}) {
                assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_CENTRAL_1);
                ClientOverrideConfiguration overrides = client.serviceClientConfiguration().overrideConfiguration();
                assertThat(overrides.apiCallTimeout()).contains(Duration.ofSeconds(4));
                assertThat(overrides.apiCallAttemptTimeout()).contains(Duration.ofSeconds(1));
                assertThat(overrides.retryStrategy())
                        .hasValueSatisfying(retries -> assertThat(retries.maxAttempts()).isEqualTo(2));
            }
        }
    }

    @Test
    void local_pointsEveryServiceAtTheEndpointWithStaticCredentials() {
        AwsClientSettings local = AwsClientSettings.local("us-east-1", MOTO);

        assertThat(AwsService.values()).allSatisfy(service ->
                assertThat(local.endpointOverride(service)).isEqualTo(MOTO));
        assertThat(local.credentials().resolveCredentials().accessKeyId()).isEqualTo("local");
        try (var sfn = AwsClients.sfn(local); var ses = AwsClients.sesV2(local);
             var events = AwsClients.eventBridge(local)) {
            assertThat(sfn.serviceClientConfiguration().endpointOverride()).contains(MOTO);
            assertThat(ses.serviceClientConfiguration().endpointOverride()).contains(MOTO);
            assertThat(events.serviceClientConfiguration().endpointOverride()).contains(MOTO);
        }
    }

    @Test
    void settings_rejectAttemptTimeoutLongerThanCallTimeout() {
        assertThatThrownBy(() -> AwsClientSettings.forRegion("eu-west-1")
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
