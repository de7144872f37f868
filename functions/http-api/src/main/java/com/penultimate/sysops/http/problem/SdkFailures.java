package com.penultimate.sysops.http.problem;

import java.util.Set;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Tells the AWS failures worth a retry later (the service is busy) from those that are not. */
final class SdkFailures {
    /** Cancellation reasons DynamoDB gives a transaction that lost to throttling rather than to a condition. */
    private static final Set<String> THROTTLED_REASONS = Set.of("ThrottlingError",
            "ProvisionedThroughputExceeded", "RequestLimitExceeded");

    private SdkFailures() {
    }

    /**
     * True for throttling (ProvisionedThroughputExceeded, ThrottlingException, RequestLimitExceeded, HTTP 429), a
     * transaction cancelled by throttling, and calls or attempts that timed out.
     */
    static boolean isBusy(SdkException exception) {
        if (exception instanceof ApiCallTimeoutException || exception instanceof ApiCallAttemptTimeoutException) {
            return true;
        }
        if (exception instanceof TransactionCanceledException cancelled && cancelled.hasCancellationReasons()) {
            return cancelled.cancellationReasons().stream().map(CancellationReason::code)
                    .anyMatch(THROTTLED_REASONS::contains);
        }
        return exception instanceof SdkServiceException service && service.isThrottlingException();
    }
}
