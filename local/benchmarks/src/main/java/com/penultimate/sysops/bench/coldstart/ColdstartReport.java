package com.penultimate.sysops.bench.coldstart;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The table: per subject and JVM variant the median time to first answer, its ratio to the bare handler
 * under the same variant, median heap used and RSS, and which functions meet the 4 × floor target.
 */
final class ColdstartReport {
    private static final String FLOOR = "bare handler";
    private final List<JvmVariant> variants;
    private final Map<String, Map<String, List<ColdStart>>> runs;
    private final int repetitions;

    ColdstartReport(List<JvmVariant> variants, Map<String, Map<String, List<ColdStart>>> runs, int repetitions) {
        this.variants = variants;
        this.runs = runs;
        this.repetitions = repetitions;
    }

    void print(PrintStream out) {
        out.printf("%nCold start to first answer, median of %d fresh JVMs each (Java %s, %d cores)%n",
                repetitions, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        for (JvmVariant variant : variants) {
            long floor = median(runs.get(FLOOR).get(variant.name()), ColdStart::millis);
            out.printf("%n== %s %s: floor (bare handler) %d ms%n", variant.name(), variant.options(), floor);
            out.printf("%-34s %8s %7s %9s %9s  %s%n", "function", "ms", "x floor", "heap MB", "RSS MB", "answer");
            int met = 0;
            int functions = 0;
            for (var entry : runs.entrySet()) {
                List<ColdStart> starts = entry.getValue().get(variant.name());
                long millis = median(starts, ColdStart::millis);
                double ratio = (double) millis / floor;
                if (!entry.getKey().equals(FLOOR)) {
                    functions++;
                    met += ratio <= ColdstartBenchmark.TARGET_RATIO ? 1 : 0;
                }
                String answer = starts.get(0).answer();
                out.printf("%-34s %8d %7.1f %9.1f %9.1f  %s%n", entry.getKey(), millis, ratio,
                        median(starts, ColdStart::heapBytes) / 1e6, median(starts, ColdStart::rssBytes) / 1e6,
                        answer.substring(0, Math.min(60, answer.length())));
            }
            out.printf("target <= %.0f x floor: %d of %d functions%n", ColdstartBenchmark.TARGET_RATIO, met, functions);
        }
    }

    private static long median(List<ColdStart> starts, ToLongFunction<ColdStart> value) {
        long[] values = starts.stream().mapToLong(value).sorted().toArray();
        return values[values.length / 2];
    }
}
