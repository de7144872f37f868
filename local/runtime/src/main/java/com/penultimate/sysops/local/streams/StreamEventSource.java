package com.penultimate.sysops.local.streams;

/**
 * A function's {@code Type: DynamoDB} event: the table whose stream Lambda reads for it, and how.
 *
 * @param functionLogicalId       the function to invoke
 * @param eventName               the event's name under the function's {@code Events}
 * @param tableName               the table whose stream is read
 * @param trimHorizon             start from the oldest record ({@code TRIM_HORIZON}) rather than new ones
 * @param batchSize               the most records per invocation
 * @param reportBatchItemFailures whether the function answers with the sequence number to retry from
 * @param maximumRetryAttempts    retries of a failing batch before its records are given up (-1: until they expire)
 * @param enabled                 whether the mapping reads at all
 */
public record StreamEventSource(String functionLogicalId, String eventName, String tableName, boolean trimHorizon,
                                int batchSize, boolean reportBatchItemFailures,
                                int maximumRetryAttempts, boolean enabled) {

    public StreamEventSource {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException(functionLogicalId + "." + eventName + ": BatchSize must be 1-10000");
        }
    }

    /** A name for logs and threads, e.g. {@code ReportsIngestFunction.TicketChanges}. */
    public String name() {
        return functionLogicalId + "." + eventName;
    }
}
