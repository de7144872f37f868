package com.penultimate.sysops.sms;

import com.penultimate.sysops.core.lifecycle.SmsReplies;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each inbound-SMS notification and hands the text to {@link SmsReplies}, which acts only on replies
 * from the expert the ticket is assigned to. A record that is not an inbound-SMS message is logged by its SNS
 * message id and skipped: retrying it could never help. Failures of the stores or the workflow propagate, so
 * Lambda retries the invocation and finally parks it in the function's dead-letter queue.
 */
@Singleton
class InboundSmsReplies {
    private static final Logger LOG = LoggerFactory.getLogger(InboundSmsReplies.class);

    private final SmsReplies replies;
    private final JsonMapper json;

    InboundSmsReplies(SmsReplies replies, JsonMapper json) {
        this.replies = replies;
        this.json = json;
    }

    SmsReport handle(List<InboundSmsEvent.Record> records) {
        List<SmsReport.Outcome> outcomes = new ArrayList<>();
        int malformed = 0;
        for (InboundSmsEvent.Record record : records == null ? List.<InboundSmsEvent.Record>of() : records) {
            String snsMessageId = record.sns() == null ? null : record.sns().messageId();
            Optional<InboundSms> sms = parse(record);
            if (sms.isEmpty()) {
                malformed++;
                LOG.warn("inbound SMS skipped: snsMessageId={} is not an inbound-SMS message", snsMessageId);
                continue;
            }
            SmsReplies.Outcome outcome = replies.handle(sms.get().originationNumber(), sms.get().messageBody());
            LOG.info("inbound SMS handled: snsMessageId={} ticketId={} acted={} detail={}", snsMessageId,
                    outcome.ticketId(), outcome.acted(), outcome.detail());
            outcomes.add(new SmsReport.Outcome(outcome.ticketId(), outcome.acted(), outcome.detail()));
        }
        int acted = (int) outcomes.stream().filter(SmsReport.Outcome::acted).count();
        return new SmsReport(acted, outcomes.size() - acted, malformed, List.copyOf(outcomes));
    }

    private Optional<InboundSms> parse(InboundSmsEvent.Record record) {
        String message = record.sns() == null ? null : record.sns().message();
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(message, InboundSms.class)).filter(InboundSms::isComplete);
        } catch (IOException | RuntimeException notJson) {
            return Optional.empty();
        }
    }
}
