package com.penultimate.sysops.aws.dynamodb;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Reads why DynamoDB cancelled a transaction: one reason per item, in the order the items were sent. */
final class Cancellations {
    private static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final String TRANSACTION_CONFLICT = "TransactionConflict";

    private Cancellations() {
    }

    /** Whether the transaction's {@code item}-th write failed its condition. */
    static boolean failed(TransactionCanceledException cancelled, int item) {
        List<CancellationReason> reasons = cancelled.cancellationReasons();
        return reasons.size() > item && CONDITION_FAILED.equals(reasons.get(item).code());
    }

    /** Whether another transaction on the same items was in flight. */
    static boolean collided(TransactionCanceledException cancelled) {
        return cancelled.cancellationReasons().stream().anyMatch(r -> TRANSACTION_CONFLICT.equals(r.code()));
    }
}
