package com.penultimate.sysops.lambda.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SysopsSettingsTest {

    @Test
    void settings_bindFromEnvironmentVariablesWithMultiWordNames() {
        SysopsSettings settings = fromEnvironment(Map.of(
                "SYSOPS_TABLES_TICKETS", "dev-tickets",
                "SYSOPS_TABLES_EXPERT_CELLS", "dev-expert-cells",
                "SYSOPS_QUEUES_NOTIFICATIONS", "https://sqs.us-east-1.amazonaws.com/123456789012/dev-notifications",
                "SYSOPS_TOPICS_MANAGERS", "arn:aws:sns:us-east-1:123456789012:dev-managers",
                "SYSOPS_EMAIL_FROM", "support@sysops.example",
                "SYSOPS_WORKFLOW_STATE_MACHINE_ARN", "arn:aws:states:us-east-1:123456789012:stateMachine:dev-lifecycle"));

        assertThat(settings.table("tickets")).isEqualTo("dev-tickets");
        assertThat(settings.table("expert-cells")).isEqualTo("dev-expert-cells");
        assertThat(settings.queue("notifications")).endsWith("/dev-notifications");
        assertThat(settings.topic("managers")).endsWith(":dev-managers");
        assertThat(settings.emailFrom()).isEqualTo("support@sysops.example");
        assertThat(settings.stateMachineArn()).endsWith(":dev-lifecycle");
    }

    @Test
    void missingSetting_failsNamingTheVariableToSet() {
        SysopsSettings settings = fromEnvironment(Map.of("SYSOPS_TABLES_TICKETS", "dev-tickets"));

        assertThatThrownBy(() -> settings.table("expert-cells"))
                .hasMessageContaining("SYSOPS_TABLES_EXPERT_CELLS");
        assertThatThrownBy(() -> settings.queue("notifications"))
                .hasMessageContaining("SYSOPS_QUEUES_NOTIFICATIONS");
        assertThatThrownBy(settings::stateMachineArn)
                .hasMessageContaining("SYSOPS_WORKFLOW_STATE_MACHINE_ARN");
        assertThatThrownBy(settings::emailFrom).hasMessageContaining("SYSOPS_EMAIL_FROM");
    }

    @Test
    void surveySettings_bindFromEnvironmentVariables_theKeyItselfOnlyWhenGiven() {
        SysopsSettings settings = fromEnvironment(Map.of(
                "SYSOPS_SURVEY_KEY_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:dev-survey-key",
                "SYSOPS_SURVEY_BASE_URL", "https://api.example.com/dev"));

        assertThat(settings.surveyKeySecretArn()).endsWith(":dev-survey-key");
        assertThat(settings.surveyBaseUrl()).isEqualTo("https://api.example.com/dev");
        assertThat(settings.surveyKey()).isEmpty();
        assertThat(fromEnvironment(Map.of("SYSOPS_SURVEY_KEY", "local-key")).surveyKey()).contains("local-key");
        assertThatThrownBy(() -> fromEnvironment(Map.of()).surveyBaseUrl())
                .hasMessageContaining("SYSOPS_SURVEY_BASE_URL");
    }

    @Test
    void endpointForService_prefersItsOwnOverrideOverTheCommonOne() {
        SysopsSettings settings = fromEnvironment(Map.of(
                "SYSOPS_AWS_REGION", "eu-west-1",
                "SYSOPS_AWS_ENDPOINT", "http://127.0.0.1:5000",
                "SYSOPS_AWS_ENDPOINTS_DYNAMODB", "http://127.0.0.1:8000"));

        assertThat(settings.region()).contains("eu-west-1");
        assertThat(settings.endpointFor("dynamodb")).contains(URI.create("http://127.0.0.1:8000"));
        assertThat(settings.endpointFor("sns")).contains(URI.create("http://127.0.0.1:5000"));
    }

    @Test
    void endpointForService_isEmptyWhenNothingIsOverridden() {
        SysopsSettings settings = fromEnvironment(Map.of("SYSOPS_TABLES_TICKETS", "dev-tickets"));

        assertThat(settings.endpointFor("sqs")).isEmpty();
        assertThat(settings.region()).isEmpty();
    }

    private static SysopsSettings fromEnvironment(Map<String, Object> variables) {
        try (ApplicationContext context = ApplicationContext.builder().environments("test")
                .propertySources(PropertySource.of("env", variables,
                        PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
                .start()) {
            return context.getBean(SysopsSettings.class);
        }
    }
}
