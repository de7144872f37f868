package com.penultimate.sysops.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.InvalidInputException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageCursorTest {
    private static final Map<String, AttributeValue> KEY = Map.of(
            "ticketId", AttributeValue.fromS("T-1"),
            "customerId", AttributeValue.fromS("cust/ä+1"),
            "createdAt", AttributeValue.fromS("2027-11-23T10:15:30Z"));

    @Test
    void cursor_roundTripsTheKeyInUrlSafeCharacters() {
        String cursor = PageCursor.encode(KEY);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(PageCursor.decode(cursor, KEY.keySet())).isEqualTo(KEY);
    }

    @Test
    void decode_rejectsCursorOfAnotherKeyShape() {
        String cursor = PageCursor.encode(KEY);

        assertThatThrownBy(() -> PageCursor.decode(cursor, Set.of("expertId", "roster", "name")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void decode_rejectsGarbageAndTruncatedCursors() {
        String cursor = PageCursor.encode(KEY);

        assertThatThrownBy(() -> PageCursor.decode("%%%", KEY.keySet())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageCursor.decode(cursor.substring(0, cursor.length() / 2), KEY.keySet()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageCursor.decode(cursor + "AAAA", KEY.keySet()))
                .isInstanceOf(InvalidInputException.class);
    }
}
