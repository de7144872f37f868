package com.penultimate.sysops.survey;

import static com.penultimate.sysops.lambda.testing.TestWorld.CUSTOMER_ID;
import static com.penultimate.sysops.lambda.testing.TestWorld.EXPERT_ID;
import static com.penultimate.sysops.lambda.testing.TestWorld.EXPERT_PHONE;
import static com.penultimate.sysops.lambda.testing.TestWorld.TICKET_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.penultimate.sysops.aws.dynamodb.DynamoDbExpertRatings;
import com.penultimate.sysops.aws.dynamodb.DynamoDbLocalServer;
import com.penultimate.sysops.aws.dynamodb.DynamoDbSurveyRepository;
import com.penultimate.sysops.aws.dynamodb.SurveyTables;
import com.penultimate.sysops.core.model.NotificationPreference;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.model.Transition;
import com.penultimate.sysops.core.survey.Survey;
import com.penultimate.sysops.core.survey.SurveyStatus;
import com.penultimate.sysops.core.survey.SurveyTokens;
import com.penultimate.sysops.http.testing.FunctionHarness;
import com.penultimate.sysops.lambda.testing.TestWorld;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public survey API driven by the events/survey files, on DynamoDB Local. */
class SurveyApiTest {
    private static final String KEY = "a-survey-api-test-key-of-32-bytes-or-more";
    private static final SurveyTokens TOKENS = new SurveyTokens(KEY.getBytes(StandardCharsets.UTF_8));
    private static TestWorld world;
    private static String surveysTable;
    private static FunctionHarness function;

    @BeforeAll
    static void start() {
        world = TestWorld.create(SurveyApiTest.class);
        world.product();
        world.customer(CUSTOMER_ID, NotificationPreference.EMAIL);
        world.expert(EXPERT_ID, EXPERT_PHONE);
        surveysTable = SurveyTables.createFor(SurveyApiTest.class);
        Map<String, Object> settings = new HashMap<>(world.properties());
        settings.put("sysops.tables.surveys", surveysTable);
        settings.put("sysops.survey.key", KEY);
        function = new FunctionHarness(settings);
    }

    @AfterAll
    static void stop() {
        function.close();
    }

    @BeforeEach
    void freshTicket() {
        world.forget(TICKET_ID);
        DynamoDbLocalServer.client().deleteItem(d -> d.tableName(surveysTable)
                .key(Map.of("ticketId", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(TICKET_ID))));
    }

    @Test
    void get_withTheLink_showsTheQuestionsWithoutALogin() {
        String token = openSurvey(Instant.now().plus(Duration.ofDays(7)));

        APIGatewayV2HTTPResponse response = send("get_survey_valid.json", token);

        assertThat(response.getStatusCode()).isEqualTo(200);
        Map<String, Object> body = body(response);
        assertThat(body).containsEntry("ticketId", TICKET_ID).containsEntry("expertName", "Ann Expert");
        assertThat(body.get("questions").toString()).contains("rating", "comments");
    }

    @Test
    void post_storesTheAnswerOnce_theTicketIsSurveyed_andTheExpertRated() {
        String token = openSurvey(Instant.now().plus(Duration.ofDays(7)));

        APIGatewayV2HTTPResponse first = send("post_survey_valid.json", token);
        APIGatewayV2HTTPResponse again = send("post_survey_valid.json", token);

        assertThat(first.getStatusCode()).isEqualTo(200);
        assertThat(body(first)).containsEntry("status", "ANSWERED").containsEntry("rating", 5);
        assertThat(again.getStatusCode()).isEqualTo(409);
        assertThat(again.getHeaders().get("Content-Type")).startsWith("application/problem+json");
        assertThat(again.getBody()).contains("already answered");
        Ticket ticket = world.ticket(TICKET_ID);
        assertThat(ticket.status()).isEqualTo(TicketStatus.SURVEYED);
        assertThat(ticket.history()).last().extracting(Transition::by).isEqualTo("customer");
        assertThat(surveys().find(TICKET_ID).orElseThrow().comments()).startsWith("Ann was on time");
        assertThat(new DynamoDbExpertRatings(DynamoDbLocalServer.client(), world.tables().experts())
                .averages(List.of(EXPERT_ID))).isEqualTo(Map.of(EXPERT_ID, 5.0));
    }

    @Test
    void post_withARatingOutOfRange_is400NamingTheField_andStoresNothing() {
        String token = openSurvey(Instant.now().plus(Duration.ofDays(7)));

        APIGatewayV2HTTPResponse response = send("post_survey_badrating.json", token);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).contains("\"field\":\"rating\"");
        assertThat(surveys().find(TICKET_ID).orElseThrow().status()).isEqualTo(SurveyStatus.OPEN);
    }

    @Test
    void forgedLink_is400_andChangesNothing() {
        openSurvey(Instant.now().plus(Duration.ofDays(7)));

        APIGatewayV2HTTPResponse response = send("post_survey_forged.json", "");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).contains("not a valid survey link");
        assertThat(world.ticket(TICKET_ID).status()).isEqualTo(TicketStatus.COMPLETED);
    }

    @Test
    void expiredLink_is410() {
        String token = openSurvey(Instant.now().minusSeconds(1));

        APIGatewayV2HTTPResponse response = send("get_survey_valid.json", token);

        assertThat(response.getStatusCode()).isEqualTo(410);
        assertThat(response.getBody()).contains("expired");
    }

    @Test
    void closedSurvey_is410() {
        String token = openSurvey(Instant.now().plus(Duration.ofDays(7)));
        surveys().close(TICKET_ID, Instant.now());

        APIGatewayV2HTTPResponse response = send("post_survey_valid.json", token);

        assertThat(response.getStatusCode()).isEqualTo(410);
        assertThat(response.getBody()).contains("closed");
    }

    /** A completed ticket with an open survey; returns its link's token. */
    private static String openSurvey(Instant expiresAt) {
        Ticket accepted = world.accepted(TICKET_ID, EXPERT_ID, "token-done");
        world.tickets().update(accepted.moveTo(TicketStatus.COMPLETED, EXPERT_ID, "resolved: fuse", Instant.now()));
        Survey survey = Survey.open(TICKET_ID, CUSTOMER_ID, EXPERT_ID, TestWorld.PRODUCT, "Chicago, US",
                SurveyTokens.newNonce(), Instant.now(), expiresAt);
        surveys().create(survey);
        return TOKENS.sign(survey.claim());
    }

    private static DynamoDbSurveyRepository surveys() {
        return new DynamoDbSurveyRepository(DynamoDbLocalServer.client(), surveysTable, world.tables().tickets(),
                world.tables().experts());
    }

    private static APIGatewayV2HTTPResponse send(String file, String token) {
        return function.send(function.event("survey", file, Map.of("SURVEY_TOKEN", token)));
    }

    private static Map<String, Object> body(APIGatewayV2HTTPResponse response) {
        try {
            return function.context().getBean(JsonMapper.class).readValue(response.getBody(),
                    Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
