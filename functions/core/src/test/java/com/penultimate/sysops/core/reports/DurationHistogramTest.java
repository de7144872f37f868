package com.penultimate.sysops.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DurationHistogramTest {

    @Test
    void bucketName_isTheFirstBoundNotBelowTheDuration() {
        assertThat(DurationHistogram.bucketName(Duration.ofSeconds(10))).isEqualTo("le_10");
        assertThat(DurationHistogram.bucketName(Duration.ofSeconds(11))).isEqualTo("le_30");
        assertThat(DurationHistogram.bucketName(Duration.ofHours(5))).isEqualTo("le_28800");
        assertThat(DurationHistogram.bucketName(Duration.ofDays(30))).isEqualTo("le_inf");
    }

    @Test
    void percentiles_interpolateInsideTheirBucket_andTheMeanIsExact() {
        Map<String, Long> day = new HashMap<>();
        day.put("tto_le_60", 50L);
        day.put("tto_le_120", 40L);
        day.put("tto_le_300", 10L);
        day.put("tto_sum", 6_000L);
        DurationHistogram histogram = new DurationHistogram();
        histogram.add("tto", day);
        histogram.add("tto", Map.of());

        DurationHistogram.DurationSummary summary = histogram.summary();

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.meanMinutes()).isEqualTo(1.0);
        assertThat(histogram.percentile(0.5)).isEqualTo(60.0);
        assertThat(histogram.percentile(0.9)).isEqualTo(120.0);
        assertThat(histogram.percentile(0.95)).isEqualTo(210.0);
        assertThat(new DurationHistogram().summary().count()).isZero();
    }
}
