package com.penultimate.sysops.core.billing;

import com.penultimate.sysops.core.model.Invoice;
import com.penultimate.sysops.core.notification.Notification;
import com.penultimate.sysops.core.notification.NotificationKind;
import java.time.LocalDate;

/**
 * The customer's billing messages as queued notifications. A billing notification is about an invoice or a
 * contract's period rather than a ticket: its {@code ticketId} slot carries the invoice id (receipts) or a
 * {@link DeclineReference} (declines). Ids are made from the event, so a repeat is sent once.
 */
public final class BillingNotices {
    private BillingNotices() {
    }

    public static Notification receipt(Invoice invoice) {
        return new Notification("billing#" + invoice.invoiceId() + "#receipt", NotificationKind.PAYMENT_RECEIPT,
                invoice.invoiceId(), Notification.Recipient.CUSTOMER, invoice.customerId());
    }

    /** The customer is told a charge was declined, and after the last retry that the contract is suspended. */
    public static Notification declined(String customerId, String contractId, LocalDate periodEnd, BillingStep step) {
        DeclineReference reference = new DeclineReference(contractId, periodEnd, step);
        NotificationKind kind = step.isFinalRetry() ? NotificationKind.CONTRACT_SUSPENDED
                : NotificationKind.PAYMENT_DECLINED;
        return new Notification("billing#" + reference.format() + "#declined", kind, reference.format(),
                Notification.Recipient.CUSTOMER, customerId);
    }

    /** Which contract, period and step a decline message is about: {@code <contractId>#<periodEnd>#<step>}. */
    public record DeclineReference(String contractId, LocalDate periodEnd, BillingStep step) {

        public String format() {
            return contractId + "#" + periodEnd + "#" + step.label();
        }

        public static DeclineReference parse(String reference) {
            String[] parts = reference.split("#", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a decline reference: " + reference);
            }
            return new DeclineReference(parts[0], LocalDate.parse(parts[1]), new BillingStep(parts[2]));
        }
    }
}
