package com.penultimate.sysops.core.notification;

import java.time.Instant;

/** Where a ticket's customer answers its survey: the signed link, and until when it works. */
public interface SurveyLinks {

    /** The link of the ticket's survey; {@code IllegalStateException} if the ticket has none. */
    SurveyLink linkFor(String ticketId);

    /** A survey link and its expiry. */
    record SurveyLink(String url, Instant expiresAt) {
    }
}
