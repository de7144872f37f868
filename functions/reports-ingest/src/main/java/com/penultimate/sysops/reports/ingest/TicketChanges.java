package com.penultimate.sysops.reports.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.penultimate.sysops.aws.dynamodb.TicketImages;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.reports.TicketReporting;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts a batch of ticket changes from the Tickets table's stream, in stream order. The first change that fails
 * is reported back (its sequence number) and the rest of the batch left for the retry, which Lambda starts from
 * there: counting is idempotent per ticket, so the changes before it that a retry delivers again count nothing.
 * A ticket removed from the table counts nothing. When the invocation runs short of time, the first change not yet
 * counted is reported the same way, so the retry starts there instead of the invocation being cut off mid-write.
 * Logs name tickets, never customers or their words.
 */
final class TicketChanges {
    /** Time kept back per change: one conditional counter transaction with its retries must fit. */
    static final int RESERVE_MILLIS = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(TicketChanges.class);

    private final TicketReporting reporting;

    TicketChanges(TicketReporting reporting) {
        this.reporting = reporting;
    }

    StreamsEventResponse count(List<DynamodbEvent.DynamodbStreamRecord> records, Context invocation) {
        int counted = 0;
        for (DynamodbEvent.DynamodbStreamRecord record : records == null
                ? List.<DynamodbEvent.DynamodbStreamRecord>of() : records) {
            String sequence = record.getDynamodb().getSequenceNumber();
            if (invocation.getRemainingTimeInMillis() < RESERVE_MILLIS) {
                LOG.warn("running short of time; the stream retries from sequenceNumber={}", sequence);
                return retryFrom(sequence);
            }
            if (record.getDynamodb().getNewImage() == null) {
                continue;
            }
            try {
                Ticket ticket = TicketImages.ticket(StreamImages.toSdk(record.getDynamodb().getNewImage()));
                if (reporting.record(ticket)) {
                    counted++;
                }
            } catch (RuntimeException e) {
                LOG.warn("ticket change not counted; the stream retries from it: sequenceNumber={} error={}",
                        sequence, e.getClass().getSimpleName());
                return retryFrom(sequence);
            }
        }
        LOG.info("ticket changes counted: records={} counted={}", records == null ? 0 : records.size(), counted);
        return StreamsEventResponse.builder().withBatchItemFailures(List.of()).build();
    }

    private static StreamsEventResponse retryFrom(String sequence) {
        return StreamsEventResponse.builder().withBatchItemFailures(
                List.of(new StreamsEventResponse.BatchItemFailure(sequence))).build();
    }
}
