package com.penultimate.sysops.core.survey;

import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.model.Address;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.notification.Notification;
import com.penultimate.sysops.core.notification.NotificationKind;
import com.penultimate.sysops.core.notification.NotificationSender;
import com.penultimate.sysops.core.port.CustomerRepository;
import com.penultimate.sysops.core.port.TicketRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The workflow's survey steps after a completion: open the survey and send its link, remind the customer once
 * if they have not answered, close it unanswered. Each is safe to retry: the survey is opened once per ticket
 * and each message carries an id that makes a second sending a no-op.
 */
public final class SurveyInvitations {
    /**
     * How long a link works: the workflow reminds after three days and closes after six; the link outlives the
     * close by a day so that the close, not the expiry, is what a late customer meets.
     */
    public static final Duration VALID_FOR = Duration.ofDays(7);
    static final String UNKNOWN_AREA = "unknown";

    private final SurveyRepository surveys;
    private final TicketRepository tickets;
    private final CustomerRepository customers;
    private final NotificationSender sender;
    private final Clock clock;

    public SurveyInvitations(SurveyRepository surveys, TicketRepository tickets, CustomerRepository customers,
                             NotificationSender sender, Clock clock) {
        this.surveys = surveys;
        this.tickets = tickets;
        this.customers = customers;
        this.sender = sender;
        this.clock = clock;
    }

    /** Opens the completed ticket's survey (once) and sends the customer its link by their preferred channel. */
    public Survey send(String ticketId) {
        Survey survey = surveys.find(ticketId).orElseGet(() -> open(ticketId));
        if (survey.isOpen()) {
            notify(survey, NotificationKind.SURVEY_INVITATION, "#survey-invitation");
        }
        return survey;
    }

    /** Sends the one reminder if the survey is still open; returns whether it is. */
    public boolean remind(String ticketId) {
        Survey survey = existing(ticketId);
        if (survey.isOpen()) {
            notify(survey, NotificationKind.SURVEY_REMINDER, "#survey-reminder");
        }
        return survey.isOpen();
    }

    /** Closes the survey if nobody answered it; returns whether this call closed it. */
    public boolean close(String ticketId) {
        existing(ticketId);
        return surveys.close(ticketId, clock.instant());
    }

    private Survey open(String ticketId) {
        Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new NotFoundException("no ticket " + ticketId));
        if (ticket.status() != TicketStatus.COMPLETED) {
            throw new IllegalStateException("ticket " + ticketId + " is " + ticket.status() + ", not COMPLETED");
        }
        Instant now = clock.instant();
        // The link carries the expiry in whole seconds; the survey keeps the same instant.
        Instant expiresAt = now.plus(VALID_FOR).truncatedTo(ChronoUnit.SECONDS);
        Survey survey = Survey.open(ticketId, ticket.customerId(), ticket.assignedExpertId(), ticket.product(),
                area(ticket), SurveyTokens.newNonce(), now, expiresAt);
        return surveys.create(survey) ? survey : existing(ticketId);
    }

    /** Where the job was done, as reports group it: the customer's city and country. */
    private String area(Ticket ticket) {
        return customers.find(ticket.customerId()).map(Customer::address)
                .map(SurveyInvitations::cityAndCountry).orElse(UNKNOWN_AREA);
    }

    private static String cityAndCountry(Address address) {
        return address.city() + ", " + address.country();
    }

    private void notify(Survey survey, NotificationKind kind, String suffix) {
        sender.send(new Notification(survey.ticketId() + suffix, kind, survey.ticketId(),
                Notification.Recipient.CUSTOMER, survey.customerId()));
    }

    private Survey existing(String ticketId) {
        return surveys.find(ticketId).orElseThrow(() -> new IllegalStateException("ticket " + ticketId
                + " has no survey"));
    }
}
