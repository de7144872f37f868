package com.penultimate.sysops.aws.dynamodb;

import static com.penultimate.sysops.aws.dynamodb.Samples.BERLIN;
import static com.penultimate.sysops.aws.dynamodb.Samples.n;
import static com.penultimate.sysops.aws.dynamodb.Samples.s;
import static com.penultimate.sysops.aws.dynamodb.Samples.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.aws.RecordedRequests;
import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.ServiceArea;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** Profile updates that leave the booking counter alone, and the ExpertCells index that follows them. */
class DynamoDbExpertUpdateTest {
    private static final GeoPoint CHICAGO = new GeoPoint(41.75, -87.75);

    private final TableNames tables = SysopsTables.createFor(DynamoDbExpertUpdateTest.class);
    private final RecordedRequests requests = new RecordedRequests();
    private final DynamoDbClient client = DynamoDbLocalServer.newClient(List.of(requests));
    private final DynamoDbExpertRepository experts =
            new DynamoDbExpertRepository(client, tables.experts(), tables.expertCells());

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void update_setsOnlyProfileFieldsOnConditionOfThePreviousVersion() {
        experts.create(expert("E1", Set.of("tv"), CHICAGO, 5, 1));
        requests.clear();

        experts.update(new Expert("E1", "Grace B. Hopper", "+15550001111", null, Set.of("tv"), CHICAGO, null, 2,
                false, 0, 2));

        assertThat(requests.of(UpdateItemRequest.class)).singleElement().satisfies(update -> {
            assertThat(update.tableName()).isEqualTo(tables.experts());
            assertThat(update.key()).isEqualTo(Map.of("expertId", s("E1")));
            assertThat(update.updateExpression()).isEqualTo("SET #name = :name, #phone = :phone, #skills = :skills,"
                    + " #homeLocation = :homeLocation, #capacity = :capacity, #available = :available,"
                    + " #version = :version REMOVE #email, #serviceArea");
            assertThat(update.conditionExpression()).isEqualTo("version = :previous");
            assertThat(update.expressionAttributeValues()).containsEntry(":previous", n("1"))
                    .containsEntry(":version", n("2")).doesNotContainKey(":activeTickets");
            assertThat(update.expressionAttributeNames()).doesNotContainValue("activeTickets");
            assertThat(update.returnValues()).isEqualTo(ReturnValue.ALL_OLD);
        });
    }

    @Test
    void update_keepsTheBookingCounterReservationsChanged() {
        experts.create(expert("E1", Set.of("tv"), CHICAGO, 5, 1));
        bookTwoTickets("E1");

        experts.update(expert("E1", Set.of("tv", "audio"), CHICAGO, 5, 2));

        assertThat(stored(tables.experts(), "expertId", "E1")).containsEntry("activeTickets", n("2"))
                .containsEntry("version", n("2"));
        assertThat(experts.find("E1")).hasValueSatisfying(e -> assertThat(e.activeTickets()).isEqualTo(2));
    }

    @Test
    void create_listsTheExpertUnderEveryCellAndSkillOfTheServiceArea() {
        experts.create(expert("E1", Set.of("tv", "audio"), new GeoPoint(42.0, -88.0), 10, 1));

        assertThat(cellKeys("E1")).containsExactlyInAnyOrder(
                "41.5_-88.5#tv", "41.5_-88.0#tv", "42.0_-88.5#tv", "42.0_-88.0#tv",
                "41.5_-88.5#audio", "41.5_-88.0#audio", "42.0_-88.5#audio", "42.0_-88.0#audio");
        assertThat(cellItem("41.5_-88.0#tv", "E1")).isEqualTo(Map.of("cellSkill", s("41.5_-88.0#tv"),
                "expertId", s("E1"), "version", n("1")));
    }

    @Test
    void update_rewritesTheCellsAndRemovesThoseNoLongerCovered() {
        experts.create(expert("E1", Set.of("tv", "audio"), new GeoPoint(42.0, -88.0), 10, 1));

        experts.update(expert("E1", Set.of("tv"), CHICAGO, 5, 2));

        assertThat(cellKeys("E1")).containsExactly("41.5_-88.0#tv");
        assertThat(cellItem("41.5_-88.0#tv", "E1")).containsEntry("version", n("2"));
    }

    @Test
    void update_fromStaleVersionConflictsAndRemovesNoCell() {
        experts.create(expert("E1", Set.of("tv"), CHICAGO, 5, 1));
        experts.update(expert("E1", Set.of("tv", "audio"), CHICAGO, 5, 2));

        assertThatThrownBy(() -> experts.update(expert("E1", Set.of(), CHICAGO, 5, 2)))
                .isInstanceOf(ConflictException.class);

        assertThat(cellKeys("E1")).containsExactlyInAnyOrder("41.5_-88.0#tv", "41.5_-88.0#audio");
    }

    @Test
    void uncover_keepsCellsANewerProfileWroteAgain() {
        ExpertCellIndex index = new ExpertCellIndex(client, tables.expertCells());
        Expert first = expert("E1", Set.of("tv"), CHICAGO, 5, 1);
        Expert second = expert("E1", Set.of("audio"), CHICAGO, 5, 2);
        Expert third = expert("E1", Set.of("tv"), CHICAGO, 5, 3);
        index.cover(first);
        index.cover(second);
        index.cover(third);

        index.uncover(first, second);

        assertThat(cellKeys("E1")).contains("41.5_-88.0#tv");
    }

    private void bookTwoTickets(String expertId) {
        client.updateItem(update -> update.tableName(tables.experts())
                .key(Map.of("expertId", s(expertId)))
                .updateExpression("SET activeTickets = activeTickets + :two")
                .expressionAttributeValues(Map.of(":two", n("2"))));
    }

    private List<String> cellKeys(String expertId) {
        return DynamoDbLocalServer.client().scan(scan -> scan.tableName(tables.expertCells())).items().stream()
                .filter(item -> item.get("expertId").s().equals(expertId))
                .map(item -> item.get("cellSkill").s()).toList();
    }

    private Map<String, AttributeValue> cellItem(String cellSkill, String expertId) {
        return DynamoDbLocalServer.client().getItem(get -> get.tableName(tables.expertCells()).consistentRead(true)
                .key(Map.of("cellSkill", s(cellSkill), "expertId", s(expertId)))).item();
    }

    static Expert expert(String id, Set<String> skills, GeoPoint center, double radiusKm, long version) {
        return new Expert(id, "Grace Hopper", "+15557654321", "grace@example.com", skills, BERLIN,
                new ServiceArea(center, radiusKm), 3, true, 0, version);
    }
}
