package com.penultimate.sysops.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.aws.moto.MotoServer;
import com.penultimate.sysops.core.survey.SurveyClaim;
import com.penultimate.sysops.core.survey.SurveyTokens;
import com.penultimate.sysops.http.testing.FunctionHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Deployed, the signing key comes from its Secrets Manager secret (here on moto), read when the container starts. */
class SurveyKeySecretTest {

    /** MotoServer logs to java.io.tmpdir, which the build sets to this module's target/tmp without creating it. */
    @BeforeAll
    static void tmpdirForTheMotoLog() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @Test
    void tokens_areSignedWithTheKeyInTheSecret() {
        String key = "k-" + UUID.randomUUID() + "-" + UUID.randomUUID();
        String arn;
        try (SecretsManagerClient secrets = SecretsManagerClient.builder().endpointOverride(MotoServer.endpoint())
                .region(Region.of(MotoServer.REGION)).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
            arn = secrets.createSecret(c -> c.name("sysops-survey-key-" + UUID.randomUUID()).secretString(key)).arn();
        }

        try (FunctionHarness function = new FunctionHarness(Map.of(
                "sysops.survey.key-secret-arn", arn,
                "sysops.aws.endpoints.secretsmanager", MotoServer.endpoint().toString(),
                "sysops.tables.tickets", "t", "sysops.tables.experts", "e", "sysops.tables.surveys", "s"))) {
            SurveyTokens fromSecret = function.context().getBean(SurveyTokens.class);
            SurveyClaim claim = new SurveyClaim("T7K2M9Q4X8B3D", Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS),
                    "nonce");

            String token = new SurveyTokens(key.getBytes(StandardCharsets.UTF_8)).sign(claim);
            assertThat(fromSecret.verify(token, Instant.now())).isEqualTo(claim);
        }
    }
}
