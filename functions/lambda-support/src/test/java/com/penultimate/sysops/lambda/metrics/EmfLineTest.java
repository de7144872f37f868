package com.penultimate.sysops.lambda.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.lambda.testing.RecordingMetricsSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmfLineTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final RecordingMetricsSink sink = new RecordingMetricsSink();
    private final BusinessMetrics metrics = new BusinessMetrics("ticket-intake", sink,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void count_writesOneEmfLineDeclaringTheMetricUnderTheServiceDimension() {
        metrics.count(BusinessMetrics.TICKETS_FILED, "T-1");

        assertThat(sink.lines()).singleElement().asString().doesNotContain("\n");
        Map<String, Object> line = sink.parsed().get(0);
        assertThat(line).containsEntry("Service", "ticket-intake").containsEntry("TicketsFiled", 1)
                .containsEntry("ticketId", "T-1");
        assertThat(line.get("_aws")).isEqualTo(Map.of("Timestamp", NOW.toEpochMilli(), "CloudWatchMetrics",
                List.of(Map.of("Namespace", "SysopsSquad", "Dimensions", List.of(List.of("Service")),
                        "Metrics", List.of(Map.of("Name", "TicketsFiled", "Unit", "Count"))))));
    }

    @Test
    void duration_isWrittenInMilliseconds() {
        metrics.duration(BusinessMetrics.TIME_TO_OFFER, Duration.ofSeconds(90), null);

        Map<String, Object> line = sink.parsed().get(0);
        assertThat(line).containsEntry("TimeToOffer", 90_000).doesNotContainKey("ticketId");
        assertThat(line.toString()).contains("Unit=Milliseconds");
    }

    @Test
    void toJson_escapesQuotesAndControlCharactersInProperties() {
        String json = new EmfLine("N", "s", "M", "Count", 1.5, NOW, Map.of("note", "a \"b\"\n\\c")).toJson();

        assertThat(json).contains("\"M\":1.5").contains("\"note\":\"a \\\"b\\\"\\u000a\\\\c\"");
    }
}
