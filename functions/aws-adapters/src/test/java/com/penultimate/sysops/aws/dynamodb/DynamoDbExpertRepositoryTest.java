package com.penultimate.sysops.aws.dynamodb;

import static com.penultimate.sysops.aws.dynamodb.Samples.expert;
import static com.penultimate.sysops.aws.dynamodb.Samples.n;
import static com.penultimate.sysops.aws.dynamodb.Samples.s;
import static com.penultimate.sysops.aws.dynamodb.Samples.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.port.Page;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbExpertRepositoryTest {
    private final TableNames tables = SysopsTables.createFor(DynamoDbExpertRepositoryTest.class);
    private final DynamoDbExpertRepository experts =
            new DynamoDbExpertRepository(DynamoDbLocalServer.client(), tables.experts(),
                    tables.expertCells());

    @Test
    void create_storesExpertOnTheRosterByName() {
        experts.create(expert("E1", "Grace Hopper"));

        Map<String, AttributeValue> item = stored(tables.experts(), "expertId", "E1");
        assertThat(item).containsEntry("roster", s("EXPERT"))
                .containsEntry("name", s("Grace Hopper"))
                .containsEntry("homeLocation", AttributeValue.fromM(Map.of("lat", n("52.52"), "lon", n("13.405"))))
                .containsEntry("serviceArea", AttributeValue.fromM(Map.of(
                        "center", AttributeValue.fromM(Map.of("lat", n("52.52"), "lon", n("13.405"))),
                        "radiusKm", n("25.5"))))
                .containsEntry("capacity", n("3"))
                .containsEntry("available", AttributeValue.fromBool(true))
                .containsEntry("activeTickets", n("0"))
                .containsEntry("version", n("1"));
        assertThat(item.get("skills").ss()).containsExactlyInAnyOrder("tv", "audio");
        assertThat(experts.find("E1")).contains(expert("E1", "Grace Hopper"));
    }

    @Test
    void create_rejectsExistingId() {
        experts.create(expert("E1", "Grace Hopper"));

        assertThatThrownBy(() -> experts.create(expert("E1", "Someone Else"))).isInstanceOf(ConflictException.class);
        assertThat(stored(tables.experts(), "expertId", "E1")).containsEntry("name", s("Grace Hopper"));
    }

    @Test
    void update_storesNextVersion() {
        experts.create(expert("E1", "Grace Hopper"));

        experts.update(withVersion(expert("E1", "Grace B. Hopper"), 2));

        assertThat(stored(tables.experts(), "expertId", "E1")).containsEntry("name", s("Grace B. Hopper"))
                .containsEntry("version", n("2"));
    }

    @Test
    void update_fromStaleVersionFailsAndKeepsStoredExpert() {
        experts.create(expert("E1", "Grace Hopper"));
        experts.update(withVersion(expert("E1", "Second Writer"), 2));

        assertThatThrownBy(() -> experts.update(withVersion(expert("E1", "Late Writer"), 2)))
                .isInstanceOf(ConflictException.class);
        assertThat(stored(tables.experts(), "expertId", "E1")).containsEntry("name", s("Second Writer"));
    }

    @Test
    void update_ofUnknownExpertConflicts() {
        assertThatThrownBy(() -> experts.update(withVersion(expert("E404", "Nobody"), 2)))
                .isInstanceOf(ConflictException.class);
        assertThat(stored(tables.experts(), "expertId", "E404")).isEmpty();
    }

    @Test
    void expertWithoutSkills_isStoredWithoutTheEmptySet() {
        Expert unskilled = new Expert("E0", "New Hire", "+15550000000", "new@example.com", Set.of(),
                Samples.BERLIN, null, 1, false, 0, 1);

        experts.create(unskilled);

        assertThat(stored(tables.experts(), "expertId", "E0")).doesNotContainKeys("skills", "serviceArea");
        assertThat(experts.find("E0")).contains(unskilled);
    }

    @Test
    void list_pagesThroughExpertsByNameAndEndsWithoutCursor() {
        for (String name : new String[] {"Dora", "Bob", "Eve", "Alice", "Carl"}) {
            experts.create(expert("E-" + name, name));
        }

        Page<Expert> first = experts.list(2, null);
        Page<Expert> second = experts.list(2, first.nextCursor());
        Page<Expert> third = experts.list(2, second.nextCursor());

        assertThat(first.items()).extracting(Expert::name).containsExactly("Alice", "Bob");
        assertThat(second.items()).extracting(Expert::name).containsExactly("Carl", "Dora");
        assertThat(third.items()).extracting(Expert::name).containsExactly("Eve");
        assertThat(third.nextCursor()).isNull();
    }

    @Test
    void list_endsWithoutCursorWhenLastPageIsExactlyFull() {
        experts.create(expert("E-A", "Alice"));
        experts.create(expert("E-B", "Bob"));

        assertThat(experts.list(2, null).nextCursor()).isNull();
    }

    @Test
    void list_rejectsCursorItDidNotIssue() {
        assertThatThrownBy(() -> experts.list(2, "bm90LWEtY3Vyc29y")).isInstanceOf(InvalidInputException.class);
    }

    private static Expert withVersion(Expert expert, long version) {
        return new Expert(expert.expertId(), expert.name(), expert.phone(), expert.email(), expert.skills(),
                expert.homeLocation(), expert.serviceArea(), expert.capacity(), expert.available(),
                expert.activeTickets(), version);
    }
}
