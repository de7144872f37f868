package com.penultimate.sysops.reports.ingest;

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
 * A ticket removed from the table counts nothing. Logs name tickets, never customers or their words.
 */
final class TicketChanges {
    private static final Logger LOG = LoggerFactory.getLogger(TicketChanges.class);

    private final TicketReporting reporting;

    TicketChanges(TicketReporting reporting) {
        this.reporting = reporting;
    }

    StreamsEventResponse count(List<DynamodbEvent.DynamodbStreamRecord> records) {
        int counted = 0;
        for (DynamodbEvent.DynamodbStreamRecord record : records == null
                ? List.<DynamodbEvent.DynamodbStreamRecord>of() : records) {
            String sequence = record.getDynamodb().getSequenceNumber();
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
                return StreamsEventResponse.builder().withBatchItemFailures(
                        List.of(new StreamsEventResponse.BatchItemFailure(sequence))).build();
            }
        }
        LOG.info("ticket changes counted: records={} counted={}", records == null ? 0 : records.size(), counted);
        return StreamsEventResponse.builder().withBatchItemFailures(List.of()).build();
    }
}
