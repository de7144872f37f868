package com.penultimate.sysops.core.billing;

import com.penultimate.sysops.core.model.ContractStatus;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Why a contract is charged: its period ends today ({@code DUE}), a retry of a declined card on day 1, 3 or 7
 * after the end ({@code RETRY-1}, {@code RETRY-3}, {@code RETRY-7}), or the customer put a new card on file
 * ({@code CARD-<epoch millis of the change>}). The label is what a contract remembers having done, so a step
 * delivered twice runs once.
 */
public record BillingStep(String label) {
    /** Days after the period's end on which a declined card is tried again. */
    public static final List<Integer> RETRY_DAYS = List.of(1, 3, 7);
    private static final Pattern LABEL = Pattern.compile("DUE|RETRY-(1|3|7)|CARD-\\d{1,19}");
    private static final String FINAL_RETRY = "RETRY-" + RETRY_DAYS.get(RETRY_DAYS.size() - 1);

    public BillingStep {
        if (label == null || !LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException("not a billing step: " + label);
        }
    }

    public static BillingStep due() {
        return new BillingStep("DUE");
    }

    public static BillingStep retry(int daysAfterEnd) {
        if (!RETRY_DAYS.contains(daysAfterEnd)) {
            throw new IllegalArgumentException("cards are retried on days " + RETRY_DAYS + ", not " + daysAfterEnd);
        }
        return new BillingStep("RETRY-" + daysAfterEnd);
    }

    public static BillingStep cardUpdated(Instant changedAt) {
        return new BillingStep("CARD-" + changedAt.toEpochMilli());
    }

    /** Whether a contract in {@code status} is charged at this step. */
    public boolean appliesTo(ContractStatus status) {
        if (label.equals("DUE")) {
            return status == ContractStatus.ACTIVE;
        }
        if (isRetry()) {
            return status == ContractStatus.PAST_DUE;
        }
        return status == ContractStatus.PAST_DUE || status == ContractStatus.SUSPENDED;
    }

    /** The status a contract in {@code status} takes when this step's charge is declined. */
    public ContractStatus afterDecline(ContractStatus status) {
        if (isFinalRetry() || status == ContractStatus.SUSPENDED) {
            return ContractStatus.SUSPENDED;
        }
        return ContractStatus.PAST_DUE;
    }

    public boolean isRetry() {
        return label.startsWith("RETRY-");
    }

    /** The last retry: a decline now suspends the contract. */
    public boolean isFinalRetry() {
        return label.equals(FINAL_RETRY);
    }

    public boolean isCardUpdate() {
        return label.startsWith("CARD-");
    }

    /** For a retry, the days after the period's end it runs on. */
    public int retryDay() {
        if (!isRetry()) {
            throw new IllegalStateException(label + " is not a retry");
        }
        return Integer.parseInt(label.substring("RETRY-".length()));
    }
}
