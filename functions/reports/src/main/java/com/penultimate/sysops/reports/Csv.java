package com.penultimate.sysops.reports;

import java.util.Arrays;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them, so a spreadsheet opens them as they are: CRLF after every record,
 * a field quoted when it holds a comma, a quote or a line break, and its quotes doubled. A field that a spreadsheet
 * would run as a formula ({@code = + - @} first) is prefixed with an apostrophe.
 */
final class Csv {
    private final StringBuilder text = new StringBuilder();

    Csv row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    Csv row(Object... fields) {
        return row(Arrays.asList(fields));
    }

    static String field(Object value) {
        String s = value == null ? "" : value.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\r") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
