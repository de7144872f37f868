package com.penultimate.sysops.core.survey;

import com.penultimate.sysops.core.fake.RecordingSenders;
import com.penultimate.sysops.core.notification.BillingMessages;
import com.penultimate.sysops.core.notification.MessageTexts;
import com.penultimate.sysops.core.notification.NotificationSender;
import com.penultimate.sysops.core.port.CustomerRepository;
import com.penultimate.sysops.core.port.ExpertRepository;
import com.penultimate.sysops.core.port.IdempotencyStore;
import com.penultimate.sysops.core.port.TicketRepository;

/** A notification sender for survey tests: every channel recorded; the survey sends no billing message. */
final class SurveySenders {
    private SurveySenders() {
    }

    static NotificationSender sender(IdempotencyStore sent, TicketRepository tickets, CustomerRepository customers,
                                     ExpertRepository experts, RecordingSenders senders, MessageTexts texts) {
        return new NotificationSender(sent, tickets, customers, experts, senders, senders, senders, texts,
                new BillingMessages(null));
    }
}
