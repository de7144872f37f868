package com.penultimate.sysops.lambda.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Settings every function reads, fed by environment variables ({@code SYSOPS_TABLES_TICKETS} becomes
 * {@code sysops.tables.tickets}). A lookup of something the deployment forgot fails loudly, naming the
 * variable to set.
 *
 * @param tables   logical table name (customers, tickets, expert-cells, ...) to physical table name
 * @param queues   logical queue name (notifications, ...) to queue URL
 * @param topics   logical topic name (managers, ...) to topic ARN
 * @param aws      region and endpoint overrides for local engines
 * @param email    the sender address of outgoing email
 * @param workflow the ticket lifecycle state machine
 * @param survey   the survey links: where they point and the key that signs them
 */
@ConfigurationProperties("sysops")
public record SysopsSettings(@Nullable Map<String, String> tables,
                             @Nullable Map<String, String> queues,
                             @Nullable Map<String, String> topics,
                             @Nullable Aws aws,
                             @Nullable Email email,
                             @Nullable Workflow workflow,
                             @Nullable Survey survey) {

    /** Table name for a logical name such as {@code tickets} or {@code expert-cells}. */
    public String table(String logicalName) {
        return required(tables, "tables", logicalName);
    }

    /** Queue URL for a logical name such as {@code notifications}. */
    public String queue(String logicalName) {
        return required(queues, "queues", logicalName);
    }

    /** Topic ARN for a logical name such as {@code managers}. */
    public String topic(String logicalName) {
        return required(topics, "topics", logicalName);
    }

    /** The verified address outgoing email is sent from. */
    public String emailFrom() {
        return require(email == null ? null : email.from(), "sysops.email.from", "SYSOPS_EMAIL_FROM");
    }

    /** The ARN of the ticket lifecycle state machine. */
    public String stateMachineArn() {
        return require(workflow == null ? null : workflow.stateMachineArn(), "sysops.workflow.state-machine-arn",
                "SYSOPS_WORKFLOW_STATE_MACHINE_ARN");
    }

    /** Where survey links point: the base URL under which {@code /surveys/{token}} answers. */
    public String surveyBaseUrl() {
        return require(survey == null ? null : survey.baseUrl(), "sysops.survey.base-url", "SYSOPS_SURVEY_BASE_URL");
    }

    /** The survey signing key when given as a setting (the local runtime does), else empty. */
    public Optional<String> surveyKey() {
        return Optional.ofNullable(survey).map(Survey::key).filter(k -> !k.isBlank());
    }

    /** The Secrets Manager secret holding the survey signing key (deployed functions read it from there). */
    public String surveyKeySecretArn() {
        return require(survey == null ? null : survey.keySecretArn(), "sysops.survey.key-secret-arn",
                "SYSOPS_SURVEY_KEY_SECRET_ARN");
    }

    /** The region to talk to, or empty to let the SDK's default chain decide. */
    public Optional<String> region() {
        return Optional.ofNullable(aws).map(Aws::region).filter(r -> !r.isBlank());
    }

    /** The endpoint for one service ({@code dynamodb}, {@code sqs}, ...), or empty to let the SDK resolve it. */
    public Optional<URI> endpointFor(String service) {
        return aws == null ? Optional.empty() : aws.endpointFor(service);
    }

    private static String required(Map<String, String> values, String kind, String logicalName) {
        String value = values == null ? null : values.get(logicalName);
        String variable = ("SYSOPS_" + kind + "_" + logicalName).toUpperCase(Locale.ROOT).replace('-', '_');
        return require(value, "sysops." + kind + "." + logicalName, variable);
    }

    private static String require(String value, String property, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not configured (" + variable + ")");
        }
        return value;
    }

    /**
     * @param region    AWS region; the SDK's default chain when absent
     * @param endpoint  endpoint override for every service (a local engine such as moto); none when absent
     * @param endpoints per-service endpoint overrides ({@code dynamodb}, {@code sqs}, {@code sns}, {@code sesv2},
     *                  {@code sfn}, {@code events}), taking precedence over {@code endpoint}
     */
    @ConfigurationProperties("aws")
    public record Aws(@Nullable String region, @Nullable String endpoint, @Nullable Map<String, String> endpoints) {

        Optional<URI> endpointFor(String service) {
            String specific = endpoints == null ? null : endpoints.get(service);
            String chosen = specific != null && !specific.isBlank() ? specific : endpoint;
            return chosen == null || chosen.isBlank() ? Optional.empty() : Optional.of(URI.create(chosen));
        }
    }

    /** @param from the verified sender address */
    @ConfigurationProperties("email")
    public record Email(@Nullable String from) {
    }

    /** @param stateMachineArn the ticket lifecycle state machine */
    @ConfigurationProperties("workflow")
    public record Workflow(@Nullable String stateMachineArn) {
    }

    /**
     * @param key          the signing key itself: only where no secret store is at hand (the local runtime)
     * @param keySecretArn the Secrets Manager secret holding the signing key
     * @param baseUrl      where survey links point
     */
    @ConfigurationProperties("survey")
    public record Survey(@Nullable String key, @Nullable String keySecretArn, @Nullable String baseUrl) {
    }
}
