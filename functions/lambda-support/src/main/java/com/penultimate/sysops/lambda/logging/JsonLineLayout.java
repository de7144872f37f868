package com.penultimate.sysops.lambda.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.util.Map;

/**
 * One JSON object per log line, as CloudWatch Logs Insights reads it: time, level, logger, message, every
 * MDC entry (the handlers put the ticket id there as the correlation id) and the error, if any. Messages
 * must not carry personal data; the layout adds none.
 */
public final class JsonLineLayout extends LayoutBase<ILoggingEvent> {
    private static final int MAX_FRAMES = 12;

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "timestamp", Instant.ofEpochMilli(event.getTimeStamp()).toString());
        field(json.append(','), "level", event.getLevel().toString());
        field(json.append(','), "logger", event.getLoggerName());
        field(json.append(','), "thread", event.getThreadName());
        field(json.append(','), "message", event.getFormattedMessage());
        for (Map.Entry<String, String> entry : event.getMDCPropertyMap().entrySet()) {
            field(json.append(','), entry.getKey(), entry.getValue());
        }
        IThrowableProxy error = event.getThrowableProxy();
        if (error != null) {
            json.append(",\"error\":{");
            field(json, "type", error.getClassName());
            field(json.append(','), "message", error.getMessage());
            field(json.append(','), "stack", stack(error));
            json.append('}');
        }
        return json.append("}\n").toString();
    }

    private static String stack(IThrowableProxy error) {
        StringBuilder frames = new StringBuilder();
        StackTraceElementProxy[] trace = error.getStackTraceElementProxyArray();
        for (int i = 0; i < Math.min(MAX_FRAMES, trace.length); i++) {
            frames.append(trace[i].getSTEAsString()).append('\n');
        }
        if (error.getCause() != null) {
            frames.append("caused by ").append(error.getCause().getClassName()).append(": ")
                    .append(error.getCause().getMessage());
        }
        return frames.toString();
    }

    static void field(StringBuilder json, String name, String value) {
        quote(json, name).append(':');
        if (value == null) {
            json.append("null");
        } else {
            quote(json, value);
        }
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
