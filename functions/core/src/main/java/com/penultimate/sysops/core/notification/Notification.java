package com.penultimate.sysops.core.notification;

/**
 * One message to send about a ticket. It names the recipient, never their phone or email: the sender
 * looks contact details up, so queues and logs carry no personal data.
 *
 * @param notificationId unique per logical event (e.g. {@code <ticketId>#offer#<expertId>#<n>}); duplicates are sent once
 * @param kind           what to say
 * @param ticketId       the ticket it is about; for a billing kind ({@link NotificationKind#isBilling()}) the invoice
 *                       or contract period instead (see {@code BillingNotices})
 * @param recipient      who: the expert, the customer, or the managers
 * @param recipientId    the expert's or customer's id (null for managers)
 */
public record Notification(String notificationId, NotificationKind kind, String ticketId, Recipient recipient,
                           String recipientId) {

    /** Who a notification goes to. */
    public enum Recipient { EXPERT, CUSTOMER, MANAGERS }
}
