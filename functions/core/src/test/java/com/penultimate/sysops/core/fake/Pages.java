package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.port.Page;
import java.util.List;

/** Offset cursors over an already sorted list. */
final class Pages {
    private Pages() {
    }

    static <T> Page<T> slice(List<T> sorted, int limit, String cursor) {
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(sorted.size(), from + limit);
        return new Page<>(sorted.subList(from, to), to < sorted.size() ? Integer.toString(to) : null);
    }
}
