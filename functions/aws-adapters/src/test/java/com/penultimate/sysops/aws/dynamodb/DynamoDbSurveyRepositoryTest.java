package com.penultimate.sysops.aws.dynamodb;

import static com.penultimate.sysops.aws.dynamodb.Samples.NOW;
import static com.penultimate.sysops.aws.dynamodb.Samples.n;
import static com.penultimate.sysops.aws.dynamodb.Samples.s;
import static com.penultimate.sysops.aws.dynamodb.Samples.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.aws.RecordedRequests;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.survey.Survey;
import com.penultimate.sysops.core.survey.SurveyRepository.Recording;
import com.penultimate.sysops.core.survey.SurveyStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

class DynamoDbSurveyRepositoryTest {
    private static final String TICKET = "T1SURVEY";
    private final TableNames tables = SysopsTables.createFor(DynamoDbSurveyRepositoryTest.class);
    private final String surveysTable = SurveyTables.createFor(DynamoDbSurveyRepositoryTest.class);
    private final RecordedRequests requests = new RecordedRequests();
    private final DynamoDbClient client = DynamoDbLocalServer.newClient(List.of(requests));
    private final DynamoDbTicketRepository tickets = new DynamoDbTicketRepository(client, tables.tickets(),
            tables.idempotency(), Clock.fixed(NOW, ZoneOffset.UTC));
    private final DynamoDbSurveyRepository surveys = new DynamoDbSurveyRepository(client, surveysTable,
            tables.tickets(), tables.experts());
    private final DynamoDbExpertRatings ratings = new DynamoDbExpertRatings(client, tables.experts());
    private Ticket completed;

    @BeforeEach
    void completedTicketOfExpertE1() {
        new DynamoDbExpertRepository(client, tables.experts(), tables.expertCells())
                .create(Samples.expert("E1", "Ann"));
        Ticket offered = Samples.offered(Samples.ticket(TICKET, "C1", NOW), "E1");
        tickets.create(Samples.ticket(TICKET, "C1", NOW), null);
        Ticket matching = tickets.find(TICKET).orElseThrow();
        tickets.update(matching.moveTo(TicketStatus.MATCHING, "workflow", "started", NOW));
        tickets.update(offered);
        Ticket accepted = offered.moveTo(TicketStatus.ACCEPTED, "E1", "accepted", NOW);
        tickets.update(accepted);
        completed = accepted.moveTo(TicketStatus.COMPLETED, "E1", "resolved: fuse", NOW);
        tickets.update(completed);
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void create_storesTheSurveyOnce_andFindReadsItBack() {
        Survey survey = open("nonce-1");

        assertThat(surveys.create(survey)).isTrue();
        assertThat(surveys.create(open("nonce-2"))).isFalse();

        assertThat(surveys.find(TICKET)).contains(survey);
        assertThat(stored(surveysTable, "ticketId", TICKET)).containsEntry("sentMonth", s("2027-11"))
                .containsEntry("status", s("OPEN")).doesNotContainKeys("rating", "comments", "endedAt");
        assertThat(surveys.find("T-NONE")).isEmpty();
    }

    @Test
    void recordAnswer_writesAnswerTicketAndRatingInOneConditionalTransaction() {
        Survey survey = open("nonce-1");
        surveys.create(survey);
        Survey answered = survey.answered(4, "great", NOW.plusSeconds(60));
        Ticket surveyed = surveyed();
        requests.clear();

        assertThat(surveys.recordAnswer(answered, surveyed)).isEqualTo(Recording.RECORDED);

        assertThat(requests.of(TransactWriteItemsRequest.class)).singleElement().satisfies(transaction -> {
            assertThat(transaction.transactItems().get(0).update()).satisfies(update -> {
                assertThat(update.tableName()).isEqualTo(surveysTable);
                assertThat(update.conditionExpression()).isEqualTo("#status = :open AND nonce = :nonce");
                assertThat(update.expressionAttributeValues()).containsEntry(":nonce", s("nonce-1"));
            });
            assertThat(transaction.transactItems().get(1).put()).satisfies(put -> {
                assertThat(put.tableName()).isEqualTo(tables.tickets());
                assertThat(put.conditionExpression()).isEqualTo("version = :previous");
                assertThat(put.expressionAttributeValues()).containsEntry(":previous",
                        n(Long.toString(completed.version())));
            });
            assertThat(transaction.transactItems().get(2).update()).satisfies(update -> {
                assertThat(update.tableName()).isEqualTo(tables.experts());
                assertThat(update.updateExpression()).isEqualTo("ADD ratingSum :rating, ratingCount :one");
                assertThat(update.conditionExpression()).isEqualTo("attribute_exists(expertId)");
            });
        });
        assertThat(surveys.find(TICKET)).contains(answered);
        assertThat(tickets.find(TICKET).orElseThrow().status()).isEqualTo(TicketStatus.SURVEYED);
        assertThat(ratings.averages(List.of("E1", "E-UNRATED"))).isEqualTo(Map.of("E1", 4.0));
    }

    @Test
    void recordAnswer_twice_isRefusedTheSecondTime_andTheRatingCountsOnce() {
        Survey survey = open("nonce-1");
        surveys.create(survey);
        surveys.recordAnswer(survey.answered(5, "", NOW), surveyed());

        Recording again = surveys.recordAnswer(survey.answered(1, "", NOW), tickets.find(TICKET).orElseThrow()
                .touched(NOW));

        assertThat(again).isEqualTo(Recording.SURVEY_NOT_OPEN);
        assertThat(surveys.find(TICKET).orElseThrow().rating()).isEqualTo(5);
        assertThat(stored(tables.experts(), "expertId", "E1")).containsEntry("ratingSum", n("5"))
                .containsEntry("ratingCount", n("1"));
    }

    @Test
    void recordAnswer_withAnotherNonce_writesNothing() {
        surveys.create(open("nonce-1"));

        assertThat(surveys.recordAnswer(open("nonce-2").answered(5, "", NOW), surveyed()))
                .isEqualTo(Recording.SURVEY_NOT_OPEN);
        assertThat(tickets.find(TICKET).orElseThrow().status()).isEqualTo(TicketStatus.COMPLETED);
        assertThat(ratings.averages(List.of("E1"))).isEmpty();
    }

    @Test
    void recordAnswer_onAStaleTicket_writesNothing() {
        Survey survey = open("nonce-1");
        surveys.create(survey);
        Ticket stale = surveyed();
        tickets.update(completed.touched(NOW));

        assertThat(surveys.recordAnswer(survey.answered(5, "", NOW), stale)).isEqualTo(Recording.TICKET_CHANGED);
        assertThat(surveys.find(TICKET).orElseThrow().status()).isEqualTo(SurveyStatus.OPEN);
        assertThat(ratings.averages(List.of("E1"))).isEmpty();
    }

    @Test
    void close_closesAnOpenSurveyOnly() {
        surveys.create(open("nonce-1"));
        requests.clear();

        assertThat(surveys.close(TICKET, NOW.plus(Duration.ofDays(6)))).isTrue();
        assertThat(surveys.close(TICKET, NOW.plus(Duration.ofDays(7)))).isFalse();

        assertThat(requests.of(UpdateItemRequest.class)).first()
                .satisfies(update -> assertThat(update.conditionExpression()).isEqualTo("#status = :open"));
        assertThat(surveys.find(TICKET).orElseThrow()).satisfies(s -> {
            assertThat(s.status()).isEqualTo(SurveyStatus.CLOSED);
            assertThat(s.endedAt()).isEqualTo(NOW.plus(Duration.ofDays(6)));
        });
    }

    @Test
    void averages_ofManyExperts_areTheirRunningMeans() {
        new DynamoDbExpertRepository(client, tables.experts(), tables.expertCells())
                .create(Samples.expert("E2", "Bob"));
        client.updateItem(u -> u.tableName(tables.experts()).key(Map.of("expertId", s("E2")))
                .updateExpression("ADD ratingSum :sum, ratingCount :count")
                .expressionAttributeValues(Map.of(":sum", n("7"), ":count", n("2"))));

        assertThat(ratings.averages(List.of("E1", "E2", "E2"))).isEqualTo(Map.of("E2", 3.5));
        assertThat(ratings.averages(List.of())).isEmpty();
    }

    private Survey open(String nonce) {
        return Survey.open(TICKET, "C1", "E1", "TV-100", "Berlin, DE", nonce, NOW, NOW.plus(Duration.ofDays(7)));
    }

    private Ticket surveyed() {
        return tickets.find(TICKET).orElseThrow().moveTo(TicketStatus.SURVEYED, "customer", "rated", NOW);
    }
}
