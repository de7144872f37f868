package com.penultimate.sysops.core.billing;

import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.port.BillingLedger;
import com.penultimate.sysops.core.port.BillingQueue;
import java.time.LocalDate;

/**
 * The billing day: queues one job per contract to charge on {@code day}, namely every ACTIVE contract whose period
 * ends that day, and every PAST_DUE one whose period ended {@link BillingStep#RETRY_DAYS} days before. Contracts
 * are found by their end date (a keyed lookup); running a day twice queues the same jobs, which charge nothing
 * the second time.
 */
public final class BillingRun {
    private final BillingLedger ledger;
    private final BillingQueue queue;

    public BillingRun(BillingLedger ledger, BillingQueue queue) {
        this.ledger = ledger;
        this.queue = queue;
    }

    /** What a run queued. */
    public record Report(LocalDate date, int due, int retries) {
    }

    /** The scheduled run. */
    public Report run(LocalDate day) {
        int due = queueEnding(day, ContractStatus.ACTIVE, BillingStep.due());
        int retries = 0;
        for (int daysAfter : BillingStep.RETRY_DAYS) {
            retries += queueEnding(day.minusDays(daysAfter), ContractStatus.PAST_DUE, BillingStep.retry(daysAfter));
        }
        return new Report(day, due, retries);
    }

    /** An administrator runs a day now ({@code POST /admin/billing/runs}). */
    public Report runOnDemand(Caller caller, LocalDate day) {
        caller.require(Role.ADMIN);
        if (day == null) {
            throw InvalidInputException.of("date", "is required (YYYY-MM-DD)");
        }
        return run(day);
    }

    private int queueEnding(LocalDate end, ContractStatus status, BillingStep step) {
        int queued = 0;
        for (SupportContract contract : ledger.endingOn(end)) {
            if (contract.status() == status) {
                queue.enqueue(new BillingJob(contract.customerId(), contract.contractId(), end, step));
                queued++;
            }
        }
        return queued;
    }
}
