package com.penultimate.sysops.aws.dynamodb;

import static com.penultimate.sysops.aws.dynamodb.DynamoDbExpertUpdateTest.expert;
import static com.penultimate.sysops.aws.dynamodb.Samples.BERLIN;
import static com.penultimate.sysops.aws.dynamodb.Samples.n;
import static com.penultimate.sysops.aws.dynamodb.Samples.s;
import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.aws.RecordedRequests;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.GeoPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

class DynamoDbExpertDirectoryTest {
    private static final GeoPoint LOOP = new GeoPoint(41.88, -87.63);
    private static final GeoPoint EVANSTON = new GeoPoint(42.04, -87.69);

    private final TableNames tables = SysopsTables.createFor(DynamoDbExpertDirectoryTest.class);
    private final RecordedRequests requests = new RecordedRequests();
    private final LeaveKeysUnprocessedOnce throttle = new LeaveKeysUnprocessedOnce();
    private final DynamoDbClient client = DynamoDbLocalServer.newClient(List.of(requests, throttle));
    private final DynamoDbExpertRepository experts =
            new DynamoDbExpertRepository(client, tables.experts(), tables.expertCells());
    private final DynamoDbExpertDirectory directory =
            new DynamoDbExpertDirectory(client, tables.experts(), tables.expertCells());

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void candidates_areTheExpertsWithTheSkillWhoseAreaTouchesTheLocationsCell() {
        experts.create(expert("E-NEAR", Set.of("tv", "audio"), EVANSTON, 30, 1));
        experts.create(expert("E-AUDIO", Set.of("audio"), EVANSTON, 30, 1));
        experts.create(expert("E-FAR", Set.of("tv"), BERLIN, 30, 1));
        experts.create(expert("E-ALSO", Set.of("tv"), LOOP, 2, 1));
        requests.clear();

        List<Expert> found = directory.candidates(LOOP, "tv");

        assertThat(found).extracting(Expert::expertId).containsExactly("E-ALSO", "E-NEAR");
        assertThat(requests.of(QueryRequest.class)).singleElement().satisfies(query -> {
            assertThat(query.tableName()).isEqualTo(tables.expertCells());
            assertThat(query.expressionAttributeValues()).isEqualTo(Map.of(":pk", s("41.5_-88.0#tv")));
        });
        assertThat(requests.of(BatchGetItemRequest.class)).singleElement()
                .satisfies(get -> assertThat(get.requestItems()).containsOnlyKeys(tables.experts()));
    }

    @Test
    void candidates_carryTheExpertsCurrentBookings() {
        experts.create(expert("E1", Set.of("tv"), LOOP, 10, 1));
        client.updateItem(update -> update.tableName(tables.experts()).key(Map.of("expertId", s("E1")))
                .updateExpression("SET activeTickets = :two").expressionAttributeValues(Map.of(":two", n("2"))));

        assertThat(directory.candidates(LOOP, "tv")).singleElement()
                .satisfies(expert -> assertThat(expert.activeTickets()).isEqualTo(2));
    }

    @Test
    void candidates_skipIndexEntriesOfExpertsThatAreGone() {
        experts.create(expert("E1", Set.of("tv"), LOOP, 10, 1));
        client.putItem(put -> put.tableName(tables.expertCells()).item(Map.of(
                "cellSkill", s("41.5_-88.0#tv"), "expertId", s("E-GONE"), "version", n("1"))));

        assertThat(directory.candidates(LOOP, "tv")).extracting(Expert::expertId).containsExactly("E1");
    }

    @Test
    void candidates_fetchAgainTheKeysDynamoDbLeftUnprocessed() {
        for (String id : List.of("E1", "E2", "E3")) {
            experts.create(expert(id, Set.of("tv"), LOOP, 10, 1));
        }
        throttle.arm();
        requests.clear();

        List<Expert> found = directory.candidates(LOOP, "tv");

        assertThat(found).extracting(Expert::expertId).containsExactly("E1", "E2", "E3");
        List<BatchGetItemRequest> gets = requests.of(BatchGetItemRequest.class);
        assertThat(gets).hasSize(2);
        assertThat(gets.get(1).requestItems().get(tables.experts()).keys()).hasSize(2);
    }

    @Test
    void candidates_readMoreExpertsThanOneBatchHolds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < BatchCalls.GET_LIMIT + 5; i++) {
            ids.add("E-%03d".formatted(i));
            experts.create(expert(ids.get(i), Set.of("tv"), LOOP, 1, 1));
        }

        assertThat(directory.candidates(LOOP, "tv")).extracting(Expert::expertId).containsExactlyElementsOf(ids);
    }

    /** Once armed, turns the next BatchGetItem answer into a throttled one: all but the first item unprocessed. */
    private static final class LeaveKeysUnprocessedOnce implements ExecutionInterceptor {
        private final AtomicBoolean armed = new AtomicBoolean();

        void arm() {
            armed.set(true);
        }

        @Override
        public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
            if (!(context.response() instanceof BatchGetItemResponse response) || !armed.getAndSet(false)) {
                return context.response();
            }
            Map<String, List<Map<String, AttributeValue>>> kept = new LinkedHashMap<>();
            Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
            response.responses().forEach((table, items) -> {
                kept.put(table, items.subList(0, 1));
                unprocessed.put(table, KeysAndAttributes.builder().keys(items.subList(1, items.size()).stream()
                        .map(item -> Map.of("expertId", item.get("expertId"))).toList()).build());
            });
            return response.toBuilder().responses(kept).unprocessedKeys(unprocessed).build();
        }
    }
}
