package com.penultimate.sysops.core.notification;

import com.penultimate.sysops.core.model.Address;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.Transition;
import com.penultimate.sysops.core.port.CustomerRepository;
import com.penultimate.sysops.core.port.ExpertRepository;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of every message: a short text for SMS, a subject and a longer text for email. Survey messages need
 * the survey's signed link, so only texts built with {@link SurveyLinks} can write them.
 */
public final class MessageTexts {
    private static final int SMS_DESCRIPTION = 80;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final CustomerRepository customers;
    private final ExpertRepository experts;
    private final SurveyLinks surveys;

    /** Texts for every kind but the survey's. */
    public MessageTexts(CustomerRepository customers, ExpertRepository experts) {
        this(customers, experts, null);
    }

    public MessageTexts(CustomerRepository customers, ExpertRepository experts, SurveyLinks surveys) {
        this.customers = customers;
        this.experts = experts;
        this.surveys = surveys;
    }

    /** One message in its forms. */
    public record Message(String subject, String shortText, String longText) {
    }

    public Message render(NotificationKind kind, Ticket ticket) {
        String id = ticket.ticketId();
        return switch (kind) {
            case EXPERT_OFFER -> {
                Address where = customers.find(ticket.customerId()).map(Customer::address).orElse(null);
                String place = where == null ? "see the app" : where.line1() + ", " + where.city();
                String text = "Sysops Squad: new ticket " + id + " (" + ticket.product() + "): "
                        + clip(ticket.description()) + " at " + place + ". Reply ACCEPT " + id + " or DECLINE " + id
                        + " <reason>.";
                yield new Message("New ticket " + id, text, text);
            }
            case EXPERT_ON_THE_WAY -> {
                String name = experts.find(ticket.assignedExpertId()).map(Expert::name).orElse("Your expert");
                yield new Message("Your Sysops Squad expert is on the way",
                        "Sysops Squad: " + name + " accepted ticket " + id + " and is on the way.",
                        "Hello,\n\n" + name + " has accepted your ticket " + id + " (" + ticket.product()
                                + ") and is on the way to you.\n\nSysops Squad");
            }
            case TICKET_ESCALATED -> {
                String reason = ticket.history().stream().reduce((a, b) -> b).map(Transition::reason).orElse("");
                yield new Message("Ticket " + id + " needs a manager",
                        "Sysops Squad: ticket " + id + " escalated: " + reason,
                        "Ticket " + id + " (" + ticket.product() + ") was escalated and needs a manager.\n\nWhy: "
                                + reason + "\nStatus: " + ticket.status());
            }
            case SURVEY_INVITATION, SURVEY_REMINDER -> survey(kind == NotificationKind.SURVEY_REMINDER, ticket);
            case PAYMENT_RECEIPT, PAYMENT_DECLINED, CONTRACT_SUSPENDED -> throw new IllegalArgumentException(
                    kind + " messages are about a contract, written by BillingMessages");
        };
    }

    private Message survey(boolean reminder, Ticket ticket) {
        if (surveys == null) {
            throw new IllegalArgumentException("survey messages need the survey links; these texts have none");
        }
        String id = ticket.ticketId();
        SurveyLinks.SurveyLink link = surveys.linkFor(id);
        String name = experts.find(ticket.assignedExpertId()).map(Expert::name).orElse("your expert");
        String subject = (reminder ? "Reminder: how" : "How") + " did " + name + " do? (ticket " + id + ")";
        String sms = "Sysops Squad: " + (reminder ? "reminder - " : "") + "how did " + name + " do on ticket " + id
                + "? Rate the visit (1-5): " + link.url();
        String email = "Hello,\n\n" + name + " completed your ticket " + id + " (" + ticket.product() + ")."
                + (reminder ? " We have not heard from you yet." : "")
                + " Please tell us how the visit went: a rating from 1 to 5 and, if you like, a comment.\n\n"
                + link.url() + "\n\nThe link works once, until " + DAY.format(link.expiresAt())
                + ".\n\nSysops Squad";
        return new Message(subject, sms, email);
    }

    private static String clip(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SMS_DESCRIPTION ? flat : flat.substring(0, SMS_DESCRIPTION - 1) + "…";
    }
}
