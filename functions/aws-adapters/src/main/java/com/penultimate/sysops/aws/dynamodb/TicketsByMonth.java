package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.port.Page;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Every ticket, newest first, through the {@code byMonth} index: one partition per month, walked backwards
 * from the current (UTC) month. The walk ends when the page is full or {@code emptyMonthLimit} months in a row
 * held nothing, so tickets older than such a gap are not listed.
 */
final class TicketsByMonth {
    private final PartitionQuery byMonth;
    private final Clock clock;
    private final int emptyMonthLimit;

    TicketsByMonth(PartitionQuery byMonth, Clock clock, int emptyMonthLimit) {
        if (emptyMonthLimit < 1) {
            throw new IllegalArgumentException("emptyMonthLimit must be at least 1");
        }
        this.byMonth = byMonth;
        this.clock = clock;
        this.emptyMonthLimit = emptyMonthLimit;
    }

    <T> Page<T> page(int limit, String cursor, Function<Map<String, AttributeValue>, T> mapper) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        Map<String, AttributeValue> start = cursor == null ? null : byMonth.startKey(cursor);
        YearMonth month = start == null ? YearMonth.now(clock.withZone(ZoneOffset.UTC)) : monthOf(start);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int emptyMonths = 0;
        boolean foundInMonth = false;
        while (items.size() <= limit && emptyMonths < emptyMonthLimit) {
            QueryResponse response = byMonth.read(month.toString(), limit + 1 - items.size(), start);
            items.addAll(response.items());
            foundInMonth |= !response.items().isEmpty();
            if (!response.lastEvaluatedKey().isEmpty()) {
                start = response.lastEvaluatedKey();
                continue;
            }
            emptyMonths = foundInMonth ? 0 : emptyMonths + 1;
            foundInMonth = false;
            month = month.minusMonths(1);
            start = null;
        }
        return byMonth.pageOf(items, limit, mapper);
    }

    private static YearMonth monthOf(Map<String, AttributeValue> start) {
        try {
            return YearMonth.parse(start.get("createdMonth").s());
        } catch (DateTimeException e) {
            throw PageCursor.invalid();
        }
    }
}
