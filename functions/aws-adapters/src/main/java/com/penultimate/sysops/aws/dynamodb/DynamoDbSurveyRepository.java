package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.survey.Survey;
import com.penultimate.sysops.core.survey.SurveyRepository;
import com.penultimate.sysops.core.survey.SurveyStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * {@link SurveyRepository} on the Surveys table. An answer is one TransactWriteItems: the survey's update,
 * conditional on it being open with the link's nonce; the ticket's put, conditional on its previous version; and
 * the expert's running rating sums ({@code ratingSum}, {@code ratingCount}, read by {@link DynamoDbExpertRatings}),
 * conditional on the expert existing. Either all three are written or none.
 */
public final class DynamoDbSurveyRepository implements SurveyRepository {
    public static final String BY_SENT_MONTH = "bySentMonth";
    static final String NOT_YET = "attribute_not_exists(ticketId)";
    static final String ANSWER = "SET #status = :answered, rating = :rating, comments = :comments, endedAt = :at";
    static final String OPEN_WITH_NONCE = "#status = :open AND nonce = :nonce";
    static final String CLOSE = "SET #status = :closed, endedAt = :at";
    static final String OPEN = "#status = :open";
    static final String RATE = "ADD ratingSum :rating, ratingCount :one";
    static final String EXPERT_EXISTS = "attribute_exists(expertId)";
    private static final int SURVEY_ITEM = 0;
    private static final int TICKET_ITEM = 1;
    private static final Map<String, String> STATUS = Map.of("#status", "status");

    private final DynamoDbClient client;
    private final String table;
    private final String ticketsTable;
    private final String expertsTable;

    public DynamoDbSurveyRepository(DynamoDbClient client, String table, String ticketsTable, String expertsTable) {
        this.client = client;
        this.table = table;
        this.ticketsTable = ticketsTable;
        this.expertsTable = expertsTable;
    }

    @Override
    public boolean create(Survey survey) {
        try {
            client.putItem(put -> put.tableName(table).item(SurveyItems.toItem(survey)).conditionExpression(NOT_YET));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public Optional<Survey> find(String ticketId) {
        GetItemResponse response = client.getItem(get -> get.tableName(table).consistentRead(true)
                .key(SurveyItems.key(ticketId)));
        return response.hasItem() ? Optional.of(SurveyItems.fromItem(response.item())) : Optional.empty();
    }

    @Override
    public Recording recordAnswer(Survey answered, Ticket surveyed) {
        Update answer = Update.builder().tableName(table).key(SurveyItems.key(answered.ticketId()))
                .updateExpression(ANSWER).conditionExpression(OPEN_WITH_NONCE).expressionAttributeNames(STATUS)
                .expressionAttributeValues(Map.of(
                        ":answered", ItemBuilder.s(SurveyStatus.ANSWERED.name()),
                        ":open", ItemBuilder.s(SurveyStatus.OPEN.name()),
                        ":nonce", ItemBuilder.s(answered.nonce()),
                        ":rating", ItemBuilder.n(answered.rating()),
                        ":comments", ItemBuilder.s(answered.comments()),
                        ":at", ItemBuilder.s(answered.endedAt().toString())))
                .build();
        Put ticket = Put.builder().tableName(ticketsTable).item(TicketItems.toItem(surveyed))
                .conditionExpression(DynamoDbDispatcher.TICKET_CONDITION)
                .expressionAttributeValues(Map.of(":previous", ItemBuilder.n(surveyed.version() - 1)))
                .build();
        Update rating = Update.builder().tableName(expertsTable)
                .key(Map.of(ExpertItems.KEY, ItemBuilder.s(answered.expertId())))
                .updateExpression(RATE).conditionExpression(EXPERT_EXISTS)
                .expressionAttributeValues(Map.of(":rating", ItemBuilder.n(answered.rating()),
                        ":one", ItemBuilder.n(1)))
                .build();
        try {
            client.transactWriteItems(request -> request.transactItems(
                    TransactWriteItem.builder().update(answer).build(),
                    TransactWriteItem.builder().put(ticket).build(),
                    TransactWriteItem.builder().update(rating).build()));
            return Recording.RECORDED;
        } catch (TransactionCanceledException e) {
            if (Cancellations.failed(e, SURVEY_ITEM)) {
                return Recording.SURVEY_NOT_OPEN;
            }
            if (Cancellations.failed(e, TICKET_ITEM) || Cancellations.collided(e)) {
                return Recording.TICKET_CHANGED;
            }
            throw new IllegalStateException("the answer of ticket " + answered.ticketId() + " could not be stored: "
                    + "expert " + answered.expertId() + " does not exist", e);
        }
    }

    @Override
    public boolean close(String ticketId, Instant at) {
        try {
            client.updateItem(update -> update.tableName(table).key(SurveyItems.key(ticketId))
                    .updateExpression(CLOSE).conditionExpression(OPEN).expressionAttributeNames(STATUS)
                    .expressionAttributeValues(Map.of(":closed", ItemBuilder.s(SurveyStatus.CLOSED.name()),
                            ":open", ItemBuilder.s(SurveyStatus.OPEN.name()),
                            ":at", ItemBuilder.s(at.toString()))));
            return true;
        } catch (ConditionalCheckFailedException notOpen) {
            return false;
        }
    }
}
