package com.penultimate.sysops.aws.dynamodb;

import static com.penultimate.sysops.aws.dynamodb.Samples.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.IdempotencyClaim;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/** The exact requests the ticket repository sends, captured on their way out. */
class DynamoDbTicketRequestsTest {
    private static final TableNames TABLES = SysopsTables.createFor(DynamoDbTicketRequestsTest.class);

    private final List<SdkRequest> sent = new ArrayList<>();
    private final DynamoDbClient client = DynamoDbLocalServer.newClient(List.of(new ExecutionInterceptor() {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            sent.add(context.request());
        }
    }));
    private final DynamoDbTicketRepository tickets = new DynamoDbTicketRepository(client, TABLES.tickets(),
            TABLES.idempotency(), Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void update_putsTicketOnConditionThatStoredVersionIsThePreviousOne() {
        Ticket received = Samples.ticket("T-UPDATE", "cust-1", NOW);
        tickets.create(received, null);
        sent.clear();

        tickets.update(received.moveTo(TicketStatus.MATCHING, "workflow", "started", NOW));

        assertThat(sent).singleElement().isInstanceOfSatisfying(PutItemRequest.class, put -> {
            assertThat(put.tableName()).isEqualTo(TABLES.tickets());
            assertThat(put.conditionExpression()).isEqualTo("version = :previous");
            assertThat(put.expressionAttributeValues()).isEqualTo(Map.of(":previous", AttributeValue.fromN("1")));
            assertThat(put.item()).containsEntry("version", AttributeValue.fromN("2"))
                    .containsEntry("status", AttributeValue.fromS("MATCHING"));
        });
    }

    @Test
    void createWithClaim_writesTicketAndClaimInOneConditionalTransaction() {
        tickets.create(Samples.ticket("T-CREATE", "cust-1", NOW), new IdempotencyClaim("ticket#cust-1#k", "fp"));

        assertThat(sent).singleElement().isInstanceOfSatisfying(TransactWriteItemsRequest.class, transaction -> {
            List<Put> puts = transaction.transactItems().stream().map(TransactWriteItem::put).toList();
            assertThat(puts).extracting(Put::tableName).containsExactly(TABLES.tickets(), TABLES.idempotency());
            assertThat(puts.get(0).conditionExpression()).isEqualTo("attribute_not_exists(ticketId)");
            assertThat(puts.get(1).conditionExpression())
                    .isEqualTo("attribute_not_exists(idempotencyKey) OR expiresAt < :now");
            assertThat(puts.get(1).expressionAttributeValues())
                    .isEqualTo(Map.of(":now", AttributeValue.fromN(Long.toString(NOW.getEpochSecond()))));
        });
    }
}
