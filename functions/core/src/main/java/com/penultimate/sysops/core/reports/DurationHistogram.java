package com.penultimate.sysops.core.reports;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Durations counted into fixed buckets (upper bounds from 10 seconds to a week, then "longer"), so a day's
 * durations are a handful of counters that atomic adds keep and any range of days sums. Percentiles are estimated
 * from the merged buckets by linear interpolation inside the bucket that holds them: accurate to the bucket,
 * never claiming more.
 */
public final class DurationHistogram {
    /** Upper bounds of the buckets, in seconds; the last bucket holds everything longer. */
    public static final List<Long> BOUNDS = List.of(10L, 30L, 60L, 120L, 300L, 600L, 900L, 1_800L, 3_600L, 7_200L,
            14_400L, 28_800L, 43_200L, 86_400L, 172_800L, 259_200L, 604_800L);
    private static final int BUCKETS = BOUNDS.size() + 1;

    private final long[] counts = new long[BUCKETS];
    private long sumSeconds;

    /** The counter name of the bucket {@code duration} falls in, e.g. {@code le_300} or {@code le_inf}. */
    public static String bucketName(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        for (long bound : BOUNDS) {
            if (seconds <= bound) {
                return "le_" + bound;
            }
        }
        return "le_inf";
    }

    /** Sums the buckets stored under {@code prefix} (e.g. {@code tto_le_300}, {@code tto_sum}) in {@code counters}. */
    public void add(String prefix, Map<String, Long> counters) {
        for (int i = 0; i < BUCKETS; i++) {
            String name = prefix + "_" + (i < BOUNDS.size() ? "le_" + BOUNDS.get(i) : "le_inf");
            counts[i] += counters.getOrDefault(name, 0L);
        }
        sumSeconds += counters.getOrDefault(prefix + "_sum", 0L);
    }

    public long count() {
        return Arrays.stream(counts).sum();
    }

    /** The durations' summary in minutes; all zero when there were none. */
    public DurationSummary summary() {
        long n = count();
        if (n == 0) {
            return new DurationSummary(0, 0, 0, 0, 0);
        }
        return new DurationSummary(n, minutes(sumSeconds / (double) n), minutes(percentile(0.50)),
                minutes(percentile(0.90)), minutes(percentile(0.95)));
    }

    /** Seconds below which a fraction {@code p} of the durations fall, interpolated inside its bucket. */
    double percentile(double p) {
        double rank = p * count();
        long below = 0;
        for (int i = 0; i < BUCKETS; i++) {
            if (counts[i] > 0 && below + counts[i] >= rank) {
                double lower = i == 0 ? 0 : BOUNDS.get(i - 1);
                if (i == BOUNDS.size()) {
                    return lower;
                }
                double upper = BOUNDS.get(i);
                return lower + (upper - lower) * Math.max(0, rank - below) / counts[i];
            }
            below += counts[i];
        }
        return 0;
    }

    private static double minutes(double seconds) {
        return Math.round(seconds / 60.0 * 10) / 10.0;
    }

    /**
     * Durations over a period, in minutes (one decimal).
     *
     * @param count how many
     * @param meanMinutes the exact mean
     * @param p50Minutes  the median, estimated from the buckets
     */
    public record DurationSummary(long count, double meanMinutes, double p50Minutes, double p90Minutes,
                                  double p95Minutes) {
    }
}
