package com.penultimate.sysops.workflow;

import static com.penultimate.sysops.lambda.testing.TestWorld.CUSTOMER_ID;
import static com.penultimate.sysops.lambda.testing.TestWorld.EXPERT_ID;
import static com.penultimate.sysops.lambda.testing.TestWorld.EXPERT_PHONE;
import static com.penultimate.sysops.lambda.testing.TestWorld.TICKET_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.aws.json.NotificationJson;
import com.penultimate.sysops.aws.kb.DynamoDbArticleRepository;
import com.penultimate.sysops.aws.kb.KbTables;
import com.penultimate.sysops.aws.dynamodb.DynamoDbLocalServer;
import com.penultimate.sysops.aws.dynamodb.DynamoDbSurveyRepository;
import com.penultimate.sysops.aws.dynamodb.SurveyTables;
import com.penultimate.sysops.core.fake.RecordingSenders;
import com.penultimate.sysops.core.model.NotificationPreference;
import com.penultimate.sysops.core.port.SmsSender;
import com.penultimate.sysops.core.survey.Survey;
import com.penultimate.sysops.core.survey.SurveyStatus;
import com.penultimate.sysops.core.kb.Article;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.model.Transition;
import com.penultimate.sysops.core.notification.Notification;
import com.penultimate.sysops.core.notification.NotificationKind;
import com.penultimate.sysops.lambda.testing.EventFiles;
import com.penultimate.sysops.lambda.testing.LambdaContexts;
import com.penultimate.sysops.lambda.testing.RecordingMetricsSink;
import com.penultimate.sysops.lambda.testing.TestLambdaContext;
import com.penultimate.sysops.lambda.testing.TestWorld;
import com.penultimate.sysops.local.embedded.EmbeddedSqs;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

class WorkflowHandlerTest {
    private static EmbeddedSqs sqs;
    private static SqsClient queues;

    private TestWorld world;
    private String kbTable;
    private String surveysTable;
    private String queueUrl;
    private WorkflowHandler handler;

    @BeforeAll
    static void startSqs() {
        sqs = EmbeddedSqs.startOnFreePort();
        queues = SqsClient.builder().endpointOverride(sqs.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterAll
    static void stopSqs() {
        queues.close();
        sqs.close();
    }

    @BeforeEach
    void start() {
        world = TestWorld.create(WorkflowHandlerTest.class);
        world.product();
        world.expert(EXPERT_ID, EXPERT_PHONE);
        kbTable = KbTables.createFor(WorkflowHandlerTest.class);
        surveysTable = SurveyTables.createFor(WorkflowHandlerTest.class);
        queueUrl = queues.createQueue(q -> q.queueName("notifications-" + UUID.randomUUID())).queueUrl();
        handler = new WorkflowHandler(LambdaContexts.start(settings(true)));
    }

    @AfterEach
    void stop() {
        handler.close();
    }

    @Test
    void beginMatching_movesAReceivedTicketToMatching() {
        world.received(TICKET_ID, Instant.now());

        WorkflowStepResult result = run("beginmatching_ticket_received.json");

        assertThat(result).isEqualTo(new WorkflowStepResult("beginMatching", TICKET_ID));
        assertThat(world.ticket(TICKET_ID).status()).isEqualTo(TicketStatus.MATCHING);
    }

    @Test
    void offer_keepsTheTaskTokenAndQueuesTheOfferForTheExpert() {
        world.offered(TICKET_ID, EXPERT_ID, null);

        run("offer_ticket_reserved.json");

        assertThat(world.ticket(TICKET_ID).dispatch().taskToken()).isEqualTo(task("offer_ticket_reserved.json").taskToken());
        assertThat(queued()).containsExactly(new Notification(TICKET_ID + "#offer#1", NotificationKind.EXPERT_OFFER,
                TICKET_ID, Notification.Recipient.EXPERT, EXPERT_ID));
    }

    @Test
    void offer_first_recordsTheTimeFromFilingToOffer() {
        Instant filed = world.offered(TICKET_ID, EXPERT_ID, null).createdAt();

        run("offer_ticket_reserved.json");

        Map<String, Object> line = metrics().named("TimeToOffer").get(0);
        assertThat(line).containsEntry("Service", "ticket-workflow").containsEntry("ticketId", TICKET_ID);
        assertThat(((Number) line.get("TimeToOffer")).longValue()).isBetween(0L,
                Duration.between(filed, Instant.now()).toMillis());
        assertThat(line.get("_aws").toString()).contains("Unit=Milliseconds", "Namespace=SysopsSquad");
    }

    @Test
    void accepted_movesTheTicketOnAndTellsTheCustomer() {
        world.offered(TICKET_ID, EXPERT_ID, "offer-token");

        run("accepted_ticket_offered.json");

        Ticket stored = world.ticket(TICKET_ID);
        assertThat(stored.status()).isEqualTo(TicketStatus.ACCEPTED);
        assertThat(stored.dispatch().taskToken()).isNull();
        assertThat(queued()).extracting(Notification::kind, Notification::recipientId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.EXPERT_ON_THE_WAY, CUSTOMER_ID));
    }

    @Test
    void awaitCompletion_keepsTheTokenTheExecutionWaitsOn() {
        world.accepted(TICKET_ID, EXPERT_ID, "earlier");

        run("awaitcompletion_ticket_accepted.json");

        assertThat(world.ticket(TICKET_ID).dispatch().taskToken())
                .isEqualTo(task("awaitcompletion_ticket_accepted.json").taskToken());
    }

    @Test
    void completed_closesTheTicketWithTheResolutionAndFreesTheExpert() {
        world.accepted(TICKET_ID, EXPERT_ID, "done-token");

        run("completed_ticket_accepted.json");

        Ticket stored = world.ticket(TICKET_ID);
        assertThat(stored.status()).isEqualTo(TicketStatus.COMPLETED);
        assertThat(last(stored).reason()).contains("Replaced the blown audio board fuse");
        assertThat(world.expert(EXPERT_ID).activeTickets()).isZero();
        assertThat(articles().find("KB" + TICKET_ID)).isEmpty();
    }

    @Test
    void completed_withAnArticle_addsItByTheExpertForTheProduct_once() {
        world.accepted(TICKET_ID, EXPERT_ID, "done-token");

        run("completed_ticket_witharticle.json");
        run("completed_ticket_witharticle.json");

        assertThat(world.ticket(TICKET_ID).status()).isEqualTo(TicketStatus.COMPLETED);
        Article article = articles().find("KB" + TICKET_ID).orElseThrow();
        assertThat(article.author()).isEqualTo(EXPERT_ID);
        assertThat(article.products()).containsExactly(TestWorld.PRODUCT);
        assertThat(article.tags()).containsExactlyInAnyOrder("audio", "fuse", "power surge");
        assertThat(articles().versions("KB" + TICKET_ID)).hasSize(1);
    }

    @Test
    void completed_withoutTheResolution_failsNamingIt() {
        world.accepted(TICKET_ID, EXPERT_ID, "done-token");

        assertThatThrownBy(() -> handler.handleRequest(new WorkflowTask("completed", TICKET_ID, null, null, null),
                new TestLambdaContext())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("completion.resolution");
    }

    @Test
    void sendSurvey_opensTheSurveyAndEmailsTheCustomerTheLink_once() {
        completedTicket();

        run("sendsurvey_ticket_completed.json");
        run("sendsurvey_ticket_completed.json");

        Survey survey = surveys().find(TICKET_ID).orElseThrow();
        assertThat(survey.status()).isEqualTo(SurveyStatus.OPEN);
        assertThat(survey.expertId()).isEqualTo(EXPERT_ID);
        assertThat(survey.area()).isEqualTo("Chicago, US");
        assertThat(senders().sent()).singleElement().satisfies(mail -> {
            assertThat(mail.channel()).isEqualTo("EMAIL");
            assertThat(mail.to()).isEqualTo(CUSTOMER_ID + "@example.com");
            assertThat(mail.text()).contains("https://api.example.com/test/surveys/");
        });
        assertThat(queued()).isEmpty();
    }

    @Test
    void remindSurvey_thenCloseSurvey_remindOnceAndCloseTheUnansweredSurvey() {
        completedTicket();
        run("sendsurvey_ticket_completed.json");

        WorkflowStepResult reminded = run("remindsurvey_survey_open.json");
        run("remindsurvey_survey_open.json");
        run("closesurvey_survey_open.json");

        assertThat(reminded.surveyOpen()).isTrue();
        assertThat(run("remindsurvey_survey_open.json").surveyOpen()).isFalse();

        assertThat(senders().sent()).extracting(RecordingSenders.Sent::subject)
                .containsExactly("How did Ann Expert do? (ticket " + TICKET_ID + ")",
                        "Reminder: how did Ann Expert do? (ticket " + TICKET_ID + ")");
        assertThat(surveys().find(TICKET_ID).orElseThrow().status()).isEqualTo(SurveyStatus.CLOSED);
        assertThat(world.ticket(TICKET_ID).status()).isEqualTo(TicketStatus.COMPLETED);
    }

    @Test
    void sendSurvey_forATicketNotCompleted_failsAndSendsNothing() {
        world.accepted(TICKET_ID, EXPERT_ID, "done-token");

        assertThatThrownBy(() -> run("sendsurvey_ticket_completed.json")).isInstanceOf(IllegalStateException.class);
        assertThat(surveys().find(TICKET_ID)).isEmpty();
        assertThat(senders().sent()).isEmpty();
    }

    @Test
    void release_letsTheDecliningExpertGoAndKeepsThemOffTheTicket() {
        world.offered(TICKET_ID, EXPERT_ID, "offer-token");

        run("release_ticket_declined.json");

        Ticket stored = world.ticket(TICKET_ID);
        assertThat(stored.status()).isEqualTo(TicketStatus.MATCHING);
        assertThat(stored.dispatch().excludedExperts()).containsExactly(EXPERT_ID);
        assertThat(last(stored).reason()).contains("stuck in traffic");
        assertThat(world.expert(EXPERT_ID).activeTickets()).isZero();
    }

    @Test
    void escalate_putsTheTicketBeforeAManagerAndTellsThem() {
        world.received(TICKET_ID, Instant.now());
        world.moved(TICKET_ID, TicketStatus.MATCHING, "looking", Instant.now());
        world.moved(TICKET_ID, TicketStatus.WAITING_FOR_EXPERT, "nobody free", Instant.now());

        run("escalate_ticket_noexpert.json");

        assertThat(world.ticket(TICKET_ID).status()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(queued()).extracting(Notification::kind, Notification::recipient)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.TICKET_ESCALATED,
                        Notification.Recipient.MANAGERS));
    }

    @Test
    void escalate_retried_countsOneEscalation() {
        world.received(TICKET_ID, Instant.now());
        world.moved(TICKET_ID, TicketStatus.MATCHING, "looking", Instant.now());

        run("escalate_ticket_noexpert.json");
        run("escalate_ticket_noexpert.json");

        assertThat(metrics().named("Escalations")).singleElement().satisfies(line -> assertThat(line)
                .containsEntry("Escalations", 1).containsEntry("ticketId", TICKET_ID));
    }

    private RecordingMetricsSink metrics() {
        return handler.getApplicationContext().getBean(RecordingMetricsSink.class);
    }

    @Test
    void unknownAction_failsNamingTheActionsThereAre() {
        assertThatThrownBy(() -> run("reopen_ticket_unknownaction.json"))
                .isInstanceOf(UnknownWorkflowActionException.class)
                .hasMessageContaining("'reopen'").hasMessageContaining("beginMatching");
    }

    @Test
    void offer_withoutTaskToken_failsWithoutTouchingTheTicket() {
        Ticket before = world.offered(TICKET_ID, EXPERT_ID, null);

        assertThatThrownBy(() -> run("offer_ticket_notoken.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("taskToken");
        assertThat(world.ticket(TICKET_ID).version()).isEqualTo(before.version());
        assertThat(queued()).isEmpty();
    }

    @Test
    void handler_withoutTheNotificationsQueue_failsAtStartNamingTheVariable() {
        assertThatThrownBy(() -> new WorkflowHandler(LambdaContexts.start(settings(false))))
                .hasMessageContaining("SYSOPS_QUEUES_NOTIFICATIONS");
    }

    private Map<String, Object> settings(boolean withQueue) {
        Map<String, Object> settings = new HashMap<>(world.properties());
        settings.put("sysops.tables.kb", kbTable);
        settings.put("sysops.tables.surveys", surveysTable);
        settings.put("sysops.survey.key", "a-workflow-test-key-of-at-least-32-bytes");
        settings.put("sysops.survey.base-url", "https://api.example.com/test");
        settings.put("sysops.email.from", "sysops-squad@sysops.example");
        settings.put("sysops.aws.endpoints.sqs", sqs.endpoint().toString());
        if (withQueue) {
            settings.put("sysops.queues.notifications", queueUrl);
        }
        return settings;
    }

    private WorkflowStepResult run(String file) {
        return handler.handleRequest(task(file), new TestLambdaContext());
    }

    private static WorkflowTask task(String file) {
        return EventFiles.read("ticket-workflow", file, WorkflowTask.class);
    }

    private List<Notification> queued() {
        List<Message> messages = queues.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)).messages();
        return messages.stream().map(m -> NotificationJson.read(m.body())).toList();
    }

    private void completedTicket() {
        world.customer(CUSTOMER_ID, NotificationPreference.EMAIL);
        world.accepted(TICKET_ID, EXPERT_ID, "done-token");
        run("completed_ticket_accepted.json");
    }

    private DynamoDbSurveyRepository surveys() {
        return new DynamoDbSurveyRepository(DynamoDbLocalServer.client(), surveysTable, world.tables().tickets(),
                world.tables().experts());
    }

    private RecordingSenders senders() {
        return (RecordingSenders) handler.getApplicationContext().getBean(SmsSender.class);
    }

    private DynamoDbArticleRepository articles() {
        return new DynamoDbArticleRepository(DynamoDbLocalServer.client(), kbTable);
    }

    private static Transition last(Ticket ticket) {
        return ticket.history().get(ticket.history().size() - 1);
    }
}
