package com.penultimate.sysops.core.notification;

import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.NotificationPreference;
import com.penultimate.sysops.core.port.CustomerRepository;
import com.penultimate.sysops.core.port.EmailSender;
import com.penultimate.sysops.core.port.ExpertRepository;
import com.penultimate.sysops.core.port.IdempotencyStore;
import com.penultimate.sysops.core.port.ManagerAlerts;
import com.penultimate.sysops.core.port.SmsSender;
import com.penultimate.sysops.core.port.TicketRepository;
import java.time.Duration;

/**
 * Sends one notification, once: claims its id, looks the recipient's contact details and preference up,
 * writes the message (about a ticket, or a contract's payment) and hands it to SMS, email or the managers'
 * topic. A failure gives the claim back and throws, so the queue retries; a duplicate delivery finds the claim
 * done and sends nothing.
 */
public final class NotificationSender {
    /** How long one attempt may hold the claim before another may take over. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final IdempotencyStore sent;
    private final TicketRepository tickets;
    private final CustomerRepository customers;
    private final ExpertRepository experts;
    private final SmsSender sms;
    private final EmailSender email;
    private final ManagerAlerts managers;
    private final MessageTexts texts;
    private final BillingMessages billing;

    public NotificationSender(IdempotencyStore sent, TicketRepository tickets, CustomerRepository customers,
                              ExpertRepository experts, SmsSender sms, EmailSender email, ManagerAlerts managers,
                              MessageTexts texts, BillingMessages billing) {
        this.sent = sent;
        this.tickets = tickets;
        this.customers = customers;
        this.experts = experts;
        this.sms = sms;
        this.email = email;
        this.managers = managers;
        this.texts = texts;
        this.billing = billing;
    }

    /** What happened: sent now, or already sent before (a duplicate). */
    public enum Result { SENT, DUPLICATE }

    public Result send(Notification notification) {
        String key = "notification#" + notification.notificationId();
        IdempotencyStore.Claim claim = sent.claim(key, LEASE);
        if (claim == IdempotencyStore.Claim.ALREADY_DONE) {
            return Result.DUPLICATE;
        }
        if (claim == IdempotencyStore.Claim.IN_PROGRESS_ELSEWHERE) {
            throw new IllegalStateException("notification " + notification.notificationId() + " is being sent by another worker");
        }
        try {
            String messageId = deliver(notification);
            sent.complete(key, messageId);
            return Result.SENT;
        } catch (RuntimeException e) {
            sent.release(key);
            throw e;
        }
    }

    private String deliver(Notification n) {
        MessageTexts.Message message = n.kind().isBilling() ? billing.render(n) : texts.render(n.kind(),
                tickets.find(n.ticketId()).orElseThrow(
                        () -> new IllegalStateException("notification for missing ticket " + n.ticketId())));
        return switch (n.recipient()) {
            case EXPERT -> {
                Expert expert = experts.find(n.recipientId())
                        .orElseThrow(() -> new IllegalStateException("no expert " + n.recipientId()));
                yield sms.send(expert.phone(), message.shortText());
            }
            case CUSTOMER -> {
                Customer customer = customers.find(n.recipientId())
                        .orElseThrow(() -> new IllegalStateException("no customer " + n.recipientId()));
                yield customer.notificationPreference() == NotificationPreference.SMS
                        ? sms.send(customer.phone(), message.shortText())
                        : email.send(customer.email(), message.subject(), message.longText());
            }
            case MANAGERS -> managers.publish(message.subject(), message.longText());
        };
    }
}
