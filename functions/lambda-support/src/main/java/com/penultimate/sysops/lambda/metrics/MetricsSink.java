package com.penultimate.sysops.lambda.metrics;

/** Where Embedded Metric Format lines go: standard output in Lambda, which CloudWatch Logs turns into metrics. */
@FunctionalInterface
public interface MetricsSink {

    void write(String emfLine);

    /** Writes each line on its own to standard output, bypassing the JSON log layout (EMF must be the whole line). */
    static MetricsSink standardOut() {
        return line -> {
            synchronized (System.out) {
                System.out.println(line);
            }
        };
    }
}
