package com.penultimate.sysops.lambda.testing;

import com.penultimate.sysops.lambda.metrics.MetricsSink;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the Embedded Metric Format lines a function writes, parsed, so tests can assert the JSON itself. */
public final class RecordingMetricsSink implements MetricsSink {
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void write(String emfLine) {
        lines.add(emfLine);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Every line, parsed as JSON objects. */
    public List<Map<String, Object>> parsed() {
        return lines.stream().map(RecordingMetricsSink::parse).toList();
    }

    /** The parsed lines that carry the metric {@code name}. */
    public List<Map<String, Object>> named(String name) {
        return parsed().stream().filter(line -> line.containsKey(name)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String line) {
        try {
            return ObjectMapper.getDefault().readValue(line, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON line: " + line, e);
        }
    }
}
