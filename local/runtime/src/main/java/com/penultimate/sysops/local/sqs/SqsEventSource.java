package com.penultimate.sysops.local.sqs;

import java.time.Duration;

/**
 * A function's {@code Type: SQS} event: the queue Lambda polls for it and how it batches.
 *
 * @param functionLogicalId        the function to invoke
 * @param eventName                the event's name under the function's {@code Events}
 * @param queueLogicalId           the queue polled
 * @param batchSize                the most records per invocation
 * @param batchingWindow           how long to gather records before invoking with fewer than {@code batchSize}
 * @param reportBatchItemFailures  whether the function answers with {@code batchItemFailures}
 * @param enabled                  whether the mapping polls at all
 */
public record SqsEventSource(String functionLogicalId, String eventName, String queueLogicalId, int batchSize,
                             Duration batchingWindow, boolean reportBatchItemFailures, boolean enabled) {

    public SqsEventSource {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException(functionLogicalId + "." + eventName + ": BatchSize must be 1-10000");
        }
        if (batchSize > 10 && batchingWindow.isZero()) {
            throw new IllegalArgumentException(functionLogicalId + "." + eventName
                    + ": a BatchSize over 10 needs MaximumBatchingWindowInSeconds of at least 1");
        }
    }

    /** A name for logs and threads, e.g. {@code NotificationsFunction.Notifications}. */
    public String name() {
        return functionLogicalId + "." + eventName;
    }
}
