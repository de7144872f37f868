package com.penultimate.sysops.survey;

import com.penultimate.sysops.aws.dynamodb.DynamoDbExpertRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbSurveyRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbTicketRepository;
import com.penultimate.sysops.aws.secrets.SecretsManagerSecrets;
import com.penultimate.sysops.core.survey.SurveyAnswers;
import com.penultimate.sysops.core.survey.SurveyQuestions;
import com.penultimate.sysops.core.survey.SurveyTokens;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Wires the survey API to the Surveys, Tickets and Experts tables (an answer writes all three, together) and to
 * the key that signs survey links: the setting where one is given (the local runtime), else the Secrets Manager
 * secret, read once when the container starts.
 */
@Factory
@SerdeImport(SurveyQuestions.class)
@SerdeImport(SurveyQuestions.Question.class)
class SurveyBeans {

    @Singleton
    SurveyTokens tokens(SysopsSettings settings) {
        String key = settings.surveyKey().orElseGet(() -> SecretsManagerSecrets.read(settings.region().orElse(null),
                settings.endpointFor("secretsmanager").orElse(null), settings.surveyKeySecretArn()));
        return new SurveyTokens(key.getBytes(StandardCharsets.UTF_8));
    }

    @Singleton
    SurveyAnswers answers(DynamoDbClient dynamoDb, SysopsSettings settings, SurveyTokens tokens, Clock clock) {
        String tickets = settings.table("tickets");
        String experts = settings.table("experts");
        // The survey never creates tickets, and only reads experts' names: no idempotency or cells table needed.
        return new SurveyAnswers(new DynamoDbSurveyRepository(dynamoDb, settings.table("surveys"), tickets, experts),
                new DynamoDbTicketRepository(dynamoDb, tickets, null, clock),
                new DynamoDbExpertRepository(dynamoDb, experts, null), tokens, clock);
    }
}
