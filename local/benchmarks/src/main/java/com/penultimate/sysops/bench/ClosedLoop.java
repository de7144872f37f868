package com.penultimate.sysops.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs {@code count} calls from {@code concurrency} threads, each starting its next call as soon as the last
 * one answered, and times every call. A failed call stops the run: figures over failures would flatter.
 */
public final class ClosedLoop {
    private ClosedLoop() {
    }

    /** Wall time of the whole run and each call's latency. */
    public record Result(long count, long elapsedNanos, Latencies latencies) {
        public double perSecond() {
            return count / (elapsedNanos / 1e9);
        }
    }

    public static Result run(int count, int concurrency, IntConsumer call) throws Exception {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        try {
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                workers.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        call.accept(i);
                        nanos[i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return new Result(count, System.nanoTime() - start, Latencies.of(nanos));
        } finally {
            threads.shutdownNow();
        }
    }
}
