package com.penultimate.sysops.sms;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What became of the inbound texts of one invocation. It names tickets, never numbers or message bodies.
 *
 * @param acted     replies that reached the ticket's workflow
 * @param ignored   replies read but not acted on (not a command, not the assigned expert, offer expired ...)
 * @param malformed records that were not inbound-SMS messages at all
 * @param outcomes  one line per reply read, in order
 */
@Serdeable
public record SmsReport(int acted, int ignored, int malformed, List<Outcome> outcomes) {

    /** One reply: the ticket it named (or null), whether it was acted on, and why not. */
    @Serdeable
    public record Outcome(String ticketId, boolean acted, String detail) {
    }
}
