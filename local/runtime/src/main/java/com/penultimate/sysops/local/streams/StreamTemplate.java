package com.penultimate.sysops.local.streams;

import com.penultimate.sysops.local.services.FunctionEvent;
import com.penultimate.sysops.local.services.TemplateDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the template's functions' {@code Type: DynamoDB} events. The stream must be {@code !GetAtt
 * <table>.StreamArn} of a table of the template. Properties that would change what the function sees and that
 * the local reader cannot honour (filters, tumbling windows) are refused by name; delivery tuning (batching window,
 * parallelism, bisecting, record age, the on-failure destination) changes nothing a local run observes and is
 * ignored.
 */
public final class StreamTemplate {
    private static final Set<String> IGNORED = Set.of("Stream", "StartingPosition", "BatchSize",
            "MaximumBatchingWindowInSeconds", "FunctionResponseTypes", "MaximumRetryAttempts", "Enabled",
            "BisectBatchOnFunctionError", "ParallelizationFactor", "MaximumRecordAgeInSeconds", "DestinationConfig",
            "MetricsConfig");

    private StreamTemplate() {
    }

    @SuppressWarnings("unchecked")
    public static List<StreamEventSource> eventSources(TemplateDocument template) {
        List<StreamEventSource> sources = new ArrayList<>();
        for (FunctionEvent event : template.functionEvents("DynamoDB")) {
            Map<String, Object> p = event.properties();
            String where = event.functionLogicalId() + "." + event.eventName();
            p.keySet().stream().filter(k -> !IGNORED.contains(k)).findFirst().ifPresent(k -> {
                throw new IllegalArgumentException(where + ": DynamoDB event property " + k
                        + " is not supported locally");
            });
            Object stream = p.get("Stream");
            Object getAtt = stream instanceof Map<?, ?> m ? m.get("Fn::GetAtt") : null;
            if (!(getAtt instanceof List<?> parts) || parts.size() != 2 || !"StreamArn".equals(parts.get(1))
                    || !"AWS::DynamoDB::Table".equals(template.type((String) parts.get(0)))) {
                throw new IllegalArgumentException(where + ": Stream must be !GetAtt <table>.StreamArn of a table");
            }
            String table = template.physicalName((String) parts.get(0));
            String start = template.resolve(p.get("StartingPosition"));
            if (!"TRIM_HORIZON".equals(start) && !"LATEST".equals(start)) {
                throw new IllegalArgumentException(where + ": StartingPosition must be TRIM_HORIZON or LATEST");
            }
            List<Object> responseTypes = (List<Object>) p.getOrDefault("FunctionResponseTypes", List.of());
            sources.add(new StreamEventSource(event.functionLogicalId(), event.eventName(), table,
                    "TRIM_HORIZON".equals(start), integer(template, p.get("BatchSize"), 100),
                    responseTypes.stream().map(template::resolve).anyMatch("ReportBatchItemFailures"::equals),
                    integer(template, p.get("MaximumRetryAttempts"), -1),
                    !"false".equals(template.resolve(p.get("Enabled")))));
        }
        return sources;
    }

    private static int integer(TemplateDocument template, Object value, int defaultValue) {
        return value == null ? defaultValue : Integer.parseInt(template.resolve(value));
    }
}
