package com.penultimate.sysops.lambda.metrics;

import java.time.Instant;
import java.util.Map;

/**
 * One data point in CloudWatch Embedded Metric Format: the {@code _aws} envelope declaring the metric under the
 * namespace with the {@code Service} dimension, then the dimension, the value and any plain properties (searchable
 * in Logs Insights, not metrics) as top-level members.
 *
 * @param namespace  the CloudWatch namespace
 * @param service    the {@code Service} dimension's value
 * @param name       the metric name
 * @param unit       a CloudWatch unit such as {@code Count} or {@code Milliseconds}
 * @param value      the data point
 * @param at         the point's timestamp
 * @param properties extra members, such as the ticket id
 */
public record EmfLine(String namespace, String service, String name, String unit, double value, Instant at,
                      Map<String, String> properties) {

    public EmfLine {
        properties = Map.copyOf(properties);
    }

    /** The single-line JSON object CloudWatch Logs extracts the metric from. */
    public String toJson() {
        StringBuilder json = new StringBuilder(256)
                .append("{\"_aws\":{\"Timestamp\":").append(at.toEpochMilli())
                .append(",\"CloudWatchMetrics\":[{\"Namespace\":").append(quoted(namespace))
                .append(",\"Dimensions\":[[\"Service\"]],\"Metrics\":[{\"Name\":").append(quoted(name))
                .append(",\"Unit\":").append(quoted(unit)).append("}]}]}")
                .append(",\"Service\":").append(quoted(service))
                .append(',').append(quoted(name)).append(':').append(number(value));
        properties.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(p ->
                json.append(',').append(quoted(p.getKey())).append(':').append(quoted(p.getValue())));
        return json.append('}').toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
