package com.penultimate.sysops.local.outbox;

import java.time.Instant;

/**
 * A message the system sent out through a local stand-in: an SMS (SNS to a phone number), an email (SES), or a
 * publication to an SNS topic (e.g. managers' alerts).
 *
 * @param messageId the id the service answered the sender with
 * @param channel   how it was sent
 * @param to        the phone number, email address or topic ARN
 * @param subject   the subject; null when there is none (always for SMS)
 * @param body      the text
 * @param sentAt    when the service accepted it
 */
public record OutboxMessage(String messageId, Channel channel, String to, String subject, String body,
                            Instant sentAt) {

    /** How a message left the system. */
    public enum Channel { SMS, EMAIL, TOPIC }
}
