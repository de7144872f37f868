package com.penultimate.sysops.bench.chaos;

import com.penultimate.sysops.local.chaos.ChaosRun;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The chaos run at full size: {@code N} tickets (default 1000, or {@code CHAOS_TICKETS}) through a local system
 * whose every function fails a fraction of its invocations (default 0.2, or {@code CHAOS_FAULT_RATE}) before or
 * after its work or by timing out, with SQS messages delivered twice at the same rate; prints the audit's figures
 * (each should be 0), the faults injected and the run time. Arguments, if given: tickets, rate, seed.
 */
public final class ChaosBenchmark {
    private ChaosBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tickets = Integer.parseInt(setting(args, 0, "CHAOS_TICKETS", "1000"));
        double rate = Double.parseDouble(setting(args, 1, "CHAOS_FAULT_RATE", "0.2"));
        long seed = Long.parseLong(setting(args, 2, "CHAOS_SEED", "2026"));
        int concurrency = Math.min(32, Math.max(4, tickets / 10));
        ChaosRun.Settings settings = new ChaosRun.Settings(tickets, rate, seed, concurrency, concurrency + 8, 60,
                Duration.ofMinutes(15));
        ChaosRun.Result result = ChaosRun.run(Path.of("").toAbsolutePath(), settings);
        System.out.println();
        ChaosRun.describe(settings, result).forEach(System.out::println);
        if (result.report().total() > 0) {
            System.exit(1);
        }
    }

    private static String setting(String[] args, int index, String variable, String fallback) {
        if (args.length > index) {
            return args[index];
        }
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
