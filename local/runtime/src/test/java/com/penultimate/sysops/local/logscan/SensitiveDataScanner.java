package com.penultimate.sysops.local.logscan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal and payment data in log lines: the exact values a run is known to have used (its customers' and
 * experts' phones, emails, street addresses and card tokens), and anything shaped like an E.164 phone number, an
 * email address or a payment-provider token.
 */
public final class SensitiveDataScanner {
    private static final Map<String, Pattern> SHAPES = Map.of(
            "phone number", Pattern.compile("(?<![\\w+])\\+[1-9]\\d{7,14}(?!\\d)"),
            "email address", Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"),
            "card token", Pattern.compile("\\b(?:tok|pm|card|src)_[A-Za-z0-9_]{4,}"));

    private final Set<String> knownValues;

    /** @param knownValues values that must never appear in a log line, whatever their shape */
    public SensitiveDataScanner(Set<String> knownValues) {
        this.knownValues = Set.copyOf(knownValues);
    }

    /** One piece of sensitive data in one line. */
    public record Finding(String kind, String value, String line) {
    }

    public List<Finding> scan(List<String> lines) {
        List<Finding> findings = new ArrayList<>();
        for (String line : lines) {
            for (String value : knownValues) {
                if (line.contains(value)) {
                    findings.add(new Finding("known value", value, line));
                }
            }
            SHAPES.forEach((kind, shape) -> {
                Matcher matcher = shape.matcher(line);
                while (matcher.find()) {
                    findings.add(new Finding(kind, matcher.group(), line));
                }
            });
        }
        return findings;
    }
}
