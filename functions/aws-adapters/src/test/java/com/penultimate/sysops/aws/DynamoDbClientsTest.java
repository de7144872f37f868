package com.penultimate.sysops.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;

class DynamoDbClientsTest {

    @Test
    void create_appliesRegionEndpointTimeoutsAndAttempts() {
        DynamoDbClientSettings settings = DynamoDbClientSettings.forRegion("eu-central-1")
                .withEndpointOverride(URI.create("http://127.0.0.1:8000"))
                .withTimeouts(Duration.ofSeconds(4), Duration.ofSeconds(1))
                .withMaxAttempts(2);

        try (DynamoDbClient client = DynamoDbClients.create(settings)) {
            DynamoDbServiceClientConfiguration config = client.serviceClientConfiguration();
            assertThat(config.region()).isEqualTo(Region.EU_CENTRAL_1);
            assertThat(config.endpointOverride()).contains(URI.create("http://127.0.0.1:8000"));
            assertThat(config.overrideConfiguration().apiCallTimeout()).contains(Duration.ofSeconds(4));
            assertThat(config.overrideConfiguration().apiCallAttemptTimeout()).contains(Duration.ofSeconds(1));
            assertThat(config.overrideConfiguration().retryStrategy())
                    .hasValueSatisfying(retries -> assertThat(retries.maxAttempts()).isEqualTo(2));
        }
    }

    @Test
    void create_withoutOverrideLeavesEndpointToTheSdk() {
        try (DynamoDbClient client = DynamoDbClients.create(DynamoDbClientSettings.forRegion("eu-west-1"))) {
            assertThat(client.serviceClientConfiguration().endpointOverride()).isEmpty();
        }
    }

    @Test
    void settings_rejectAttemptTimeoutLongerThanCallTimeout() {
        assertThatThrownBy(() -> DynamoDbClientSettings.forRegion("eu-west-1")
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
