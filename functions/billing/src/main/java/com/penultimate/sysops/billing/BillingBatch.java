package com.penultimate.sysops.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.penultimate.sysops.aws.json.BillingJobJson;
import com.penultimate.sysops.core.billing.BillingJob;
import com.penultimate.sysops.core.billing.ContractBilling;
import com.penultimate.sysops.core.billing.PaymentProviderUnreachableException;
import com.penultimate.sysops.core.error.ConflictException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Charges a batch of queued contracts, each on its own. A record whose provider did not answer, whose contract
 * changed while it was decided (another worker got there first), or that failed otherwise, is reported as a partial
 * batch failure: SQS delivers it again after the visibility timeout (and after five tries parks it in the
 * dead-letter queue, where an alarm calls someone). An undecodable record fails the same way, to end in the
 * dead-letter queue. Records not yet tried when time runs short are handed back. Logs carry contract ids and
 * outcomes, never card tokens or provider messages.
 */
final class BillingBatch {
    /** Time kept back per record: one charge with its reads and writes must fit. */
    static final int RESERVE_MILLIS = 3_000;
    private static final Logger LOG = LoggerFactory.getLogger(BillingBatch.class);

    private final ContractBilling billing;

    BillingBatch(ContractBilling billing) {
        this.billing = billing;
    }

    SQSBatchResponse bill(List<SQSEvent.SQSMessage> records, Context invocation) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> all = records == null ? List.of() : records;
        for (int i = 0; i < all.size(); i++) {
            SQSEvent.SQSMessage record = all.get(i);
            if (invocation.getRemainingTimeInMillis() < RESERVE_MILLIS) {
                LOG.warn("running short of time: {} billing jobs handed back for redelivery", all.size() - i);
                all.subList(i, all.size()).forEach(r -> failures.add(failure(r)));
                break;
            }
            if (!billOne(record)) {
                failures.add(failure(record));
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    private boolean billOne(SQSEvent.SQSMessage record) {
        BillingJob job;
        try {
            job = BillingJobJson.read(record.getBody());
        } catch (RuntimeException undecodable) {
            LOG.error("billing job cannot be decoded, it goes to the dead-letter queue: messageId={} error={}",
                    record.getMessageId(), undecodable.getClass().getSimpleName());
            return false;
        }
        try {
            ContractBilling.Outcome outcome = billing.bill(job);
            LOG.info("billing job done: contractId={} periodEnd={} step={} outcome={}", job.contractId(),
                    job.periodEnd(), job.step().label(), outcome);
            return true;
        } catch (PaymentProviderUnreachableException e) {
            LOG.warn("payment provider gave no answer, nothing recorded; SQS will redeliver: contractId={} "
                    + "periodEnd={} step={}", job.contractId(), job.periodEnd(), job.step().label());
        } catch (ConflictException e) {
            LOG.warn("contract changed while it was billed; SQS will redeliver: contractId={} step={}",
                    job.contractId(), job.step().label());
        } catch (RuntimeException e) {
            LOG.error("billing job failed; SQS will redeliver: contractId={} step={} error={}", job.contractId(),
                    job.step().label(), e.getClass().getSimpleName());
        }
        return false;
    }

    private static SQSBatchResponse.BatchItemFailure failure(SQSEvent.SQSMessage record) {
        return new SQSBatchResponse.BatchItemFailure(record.getMessageId());
    }
}
