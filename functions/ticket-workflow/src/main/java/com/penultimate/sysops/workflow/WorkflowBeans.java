package com.penultimate.sysops.workflow;

import com.penultimate.sysops.aws.dynamodb.DynamoDbCustomerRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbDispatcher;
import com.penultimate.sysops.aws.dynamodb.DynamoDbExpertRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbIdempotencyStore;
import com.penultimate.sysops.aws.dynamodb.DynamoDbSurveyRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbTicketRepository;
import com.penultimate.sysops.aws.kb.DynamoDbArticleRepository;
import com.penultimate.sysops.aws.kb.DynamoDbSearchIndex;
import com.penultimate.sysops.aws.messaging.SesEmailSender;
import com.penultimate.sysops.aws.messaging.SnsSmsSender;
import com.penultimate.sysops.aws.messaging.SqsNotificationQueue;
import com.penultimate.sysops.aws.secrets.SecretsManagerSecrets;
import com.penultimate.sysops.aws.workflow.StepFunctionsTicketWorkflow;
import com.penultimate.sysops.core.lifecycle.CompletionArticles;
import com.penultimate.sysops.core.lifecycle.TicketLifecycle;
import com.penultimate.sysops.core.notification.BillingMessages;
import com.penultimate.sysops.core.notification.MessageTexts;
import com.penultimate.sysops.core.notification.NotificationSender;
import com.penultimate.sysops.core.port.CustomerRepository;
import com.penultimate.sysops.core.port.EmailSender;
import com.penultimate.sysops.core.port.ExpertRepository;
import com.penultimate.sysops.core.port.ManagerAlerts;
import com.penultimate.sysops.core.port.SmsSender;
import com.penultimate.sysops.core.port.TicketRepository;
import com.penultimate.sysops.core.port.TicketWorkflow;
import com.penultimate.sysops.core.survey.SignedSurveyLinks;
import com.penultimate.sysops.core.survey.SurveyInvitations;
import com.penultimate.sysops.core.survey.SurveyRepository;
import com.penultimate.sysops.core.survey.SurveyTokens;
import com.penultimate.sysops.kb.text.LuceneTextAnalyzer;
import com.penultimate.sysops.lambda.metrics.BusinessMetrics;
import com.penultimate.sysops.lambda.metrics.MetricsSink;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Wires the two functions this jar holds. Each gets only its own settings (the workflow steps a queue, the
 * sweeper a state machine), and Lambda creates every singleton at start, so each side exists only when its
 * setting does. The steps send the survey themselves (SMS or email), since its link is signed with a key only
 * they and the survey API hold.
 */
@Factory
class WorkflowBeans {
    private static final String STEPS = "sysops.queues.notifications";
    /** The survey writes to customers only; managers hear of a failed survey from the workflow's alarm. */
    private static final ManagerAlerts NO_MANAGER_ALERTS = (subject, text) -> {
        throw new IllegalStateException("the workflow's survey sends no alerts to managers");
    };
    /** The workflow sends no billing messages, so it reads no invoices. */
    private static final BillingMessages NO_BILLING_MESSAGES = new BillingMessages(null);

    /** The knowledge base's text analysis, for the article a completion may bring. */
    @Singleton
    @Requires(property = STEPS)
    @Bean(preDestroy = "close")
    LuceneTextAnalyzer analyzer() {
        return LuceneTextAnalyzer.english();
    }

    /** The survey links' signing key: the setting where one is given (the local runtime), else the secret, once. */
    @Singleton
    @Requires(property = STEPS)
    SurveyTokens surveyTokens(SysopsSettings settings) {
        String key = settings.surveyKey().orElseGet(() -> SecretsManagerSecrets.read(settings.region().orElse(null),
                settings.endpointFor("secretsmanager").orElse(null), settings.surveyKeySecretArn()));
        return new SurveyTokens(key.getBytes(StandardCharsets.UTF_8));
    }

    @Singleton
    @Requires(property = STEPS)
    SmsSender sms(SnsClient sns) {
        return new SnsSmsSender(sns);
    }

    @Singleton
    @Requires(property = STEPS)
    EmailSender email(SesV2Client ses, SysopsSettings settings) {
        return new SesEmailSender(ses, settings.emailFrom());
    }

    @Singleton
    @Requires(property = STEPS)
    WorkflowSteps steps(DynamoDbClient dynamoDb, SqsClient sqs, SysopsSettings settings, LuceneTextAnalyzer analyzer,
                        SurveyTokens tokens, SmsSender sms, EmailSender email, MetricsSink metricsSink,
                        Clock clock) {
        String tickets = settings.table("tickets");
        String experts = settings.table("experts");
        String kb = settings.table("kb");
        CompletionArticles articles = new CompletionArticles(new DynamoDbArticleRepository(dynamoDb, kb),
                new DynamoDbSearchIndex(dynamoDb, kb), analyzer, clock);
        // The workflow never creates tickets, so the ticket repository needs no idempotency table.
        TicketRepository ticketRepository = new DynamoDbTicketRepository(dynamoDb, tickets, null, clock);
        TicketLifecycle lifecycle = new TicketLifecycle(ticketRepository,
                new DynamoDbDispatcher(dynamoDb, tickets, experts),
                new SqsNotificationQueue(sqs, settings.queue("notifications")), articles, clock);
        return new WorkflowSteps(lifecycle, surveys(dynamoDb, settings, ticketRepository, tokens, sms, email, clock),
                new BusinessMetrics("ticket-workflow", metricsSink, clock), clock);
    }

    @Singleton
    @Requires(property = "sysops.workflow.state-machine-arn")
    TicketWorkflow workflow(SfnClient stepFunctions, SysopsSettings settings) {
        return new StepFunctionsTicketWorkflow(stepFunctions, settings.stateMachineArn());
    }

    @Singleton
    @Requires(beans = TicketWorkflow.class)
    TicketSweep sweep(DynamoDbClient dynamoDb, TicketWorkflow workflow, SysopsSettings settings, Clock clock) {
        return new TicketSweep(new StaleTickets(dynamoDb, settings.table("tickets")), workflow, clock);
    }

    private static SurveyInvitations surveys(DynamoDbClient dynamoDb, SysopsSettings settings, TicketRepository tickets,
                                             SurveyTokens tokens, SmsSender sms, EmailSender email, Clock clock) {
        SurveyRepository surveys = new DynamoDbSurveyRepository(dynamoDb, settings.table("surveys"),
                settings.table("tickets"), settings.table("experts"));
        CustomerRepository customers = new DynamoDbCustomerRepository(dynamoDb, settings.table("customers"));
        // Only reads experts' names: no candidate-cells table needed.
        ExpertRepository experts = new DynamoDbExpertRepository(dynamoDb, settings.table("experts"), null);
        MessageTexts texts = new MessageTexts(customers, experts,
                new SignedSurveyLinks(surveys, tokens, settings.surveyBaseUrl()));
        NotificationSender sender = new NotificationSender(
                new DynamoDbIdempotencyStore(dynamoDb, settings.table("idempotency"), clock), tickets, customers,
                experts, sms, email, NO_MANAGER_ALERTS, texts, NO_BILLING_MESSAGES);
        return new SurveyInvitations(surveys, tickets, customers, sender, clock);
    }

    /** The bean a handler needs, or a start-up failure naming the missing setting. */
    static <T> T required(ApplicationContext context, Class<T> type, String setting) {
        return context.findBean(type).orElseThrow(() -> new IllegalStateException(
                type.getSimpleName() + " is not configured: set " + setting));
    }
}
