package com.penultimate.sysops.expertapp;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An expert's answer, handed to the ticket's workflow. {@code ticket} is the ticket as it was when the answer
 * arrived; the workflow moves it on shortly after (GET /experts/me/tickets shows the result).
 *
 * @param answer ACCEPT, DECLINE or COMPLETE
 * @param detail what happens next, in words
 */
@Serdeable
record AnswerReceipt(String answer, String detail, ExpertTicketView ticket) {
    static final String ACCEPT = "ACCEPT";
    static final String DECLINE = "DECLINE";
    static final String COMPLETE = "COMPLETE";

    static AnswerReceipt of(String answer, ExpertTicketView ticket) {
        return new AnswerReceipt(answer, "answer handed to the ticket's workflow, which owns its status and "
                + "applies the answer shortly", ticket);
    }
}
