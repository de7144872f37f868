package com.penultimate.sysops.core.notification;

import com.penultimate.sysops.core.billing.BillingNotices.DeclineReference;
import com.penultimate.sysops.core.billing.BillingStep;
import com.penultimate.sysops.core.billing.Price;
import com.penultimate.sysops.core.model.Invoice;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.port.InvoiceRepository;
import java.time.LocalDate;
import java.util.Optional;

/** The words of the billing messages: the receipt, a declined card, a suspension. */
public final class BillingMessages {
    private static final String UPDATE_CARD = "Update your card in your account (Payment method)";

    private final InvoiceRepository invoices;

    public BillingMessages(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    public MessageTexts.Message render(Notification n) {
        return switch (n.kind()) {
            case PAYMENT_RECEIPT -> receipt(invoices.find(n.recipientId(), n.ticketId()).orElseThrow(
                    () -> new IllegalStateException("receipt for missing invoice " + n.ticketId())));
            case PAYMENT_DECLINED -> declined(DeclineReference.parse(n.ticketId()));
            case CONTRACT_SUSPENDED -> suspended(DeclineReference.parse(n.ticketId()));
            default -> throw new IllegalArgumentException(n.kind() + " is not a billing message");
        };
    }

    private static MessageTexts.Message receipt(Invoice invoice) {
        String amount = new Price(invoice.amountMinor(), invoice.currency()).display();
        String covered = String.join(", ", invoice.products().stream().sorted().toList());
        return new MessageTexts.Message("Receipt " + invoice.invoiceId() + ": your support contract is renewed",
                "Sysops Squad: contract " + invoice.contractId() + " renewed until " + lastDay(invoice) + ". Charged "
                        + amount + ", invoice " + invoice.invoiceId() + ".",
                "Hello,\n\nThank you: your support contract " + invoice.contractId() + " is renewed from "
                        + invoice.periodStart() + " to " + lastDay(invoice) + ".\n\nInvoice: " + invoice.invoiceId()
                        + "\nCovered products: " + covered + "\nCharged: " + amount + "\nPayment reference: "
                        + invoice.chargeId() + "\n\nSysops Squad");
    }

    private static MessageTexts.Message declined(DeclineReference ref) {
        if (ref.step().isCardUpdate()) {
            String why = "The card you just put on file was declined, so support contract " + ref.contractId()
                    + " is still unpaid";
            return new MessageTexts.Message("Your card was declined", "Sysops Squad: " + why + ". Please check it or "
                    + "add another card.", "Hello,\n\n" + why + ". Please check the card or add another one in "
                    + "your account (Payment method); we charge it as soon as you do.\n\nSysops Squad");
        }
        String why = "We could not renew your support contract " + ref.contractId() + ": your card was declined";
        String next = nextRetry(ref).map(day -> " We will try again on " + day + ".").orElse("");
        LocalDate coveredUntil = ref.periodEnd().plusDays(SupportContract.RETRY_WINDOW_DAYS);
        return new MessageTexts.Message("Your card was declined",
                "Sysops Squad: " + why + "." + next + " " + UPDATE_CARD + ".",
                "Hello,\n\n" + why + "." + next + "\n\n" + UPDATE_CARD + " and we charge it right away. Your "
                        + "tickets stay covered until " + coveredUntil + ".\n\nSysops Squad");
    }

    private static MessageTexts.Message suspended(DeclineReference ref) {
        String text = "Your support contract " + ref.contractId() + " is suspended: the card was declined again.";
        return new MessageTexts.Message("Your support contract is suspended",
                "Sysops Squad: " + text + " " + UPDATE_CARD + " to resume it.",
                "Hello,\n\n" + text + " New tickets cannot be filed under it until it is paid.\n\n" + UPDATE_CARD
                        + " and we will charge it right away.\n\nSysops Squad");
    }

    /** The next scheduled retry after the step that was declined, if any. */
    private static Optional<LocalDate> nextRetry(DeclineReference ref) {
        int after = ref.step().isRetry() ? ref.step().retryDay() : 0;
        return BillingStep.RETRY_DAYS.stream().filter(day -> day > after).findFirst()
                .map(day -> ref.periodEnd().plusDays(day));
    }

    private static LocalDate lastDay(Invoice invoice) {
        return invoice.periodEnd().minusDays(1);
    }
}
