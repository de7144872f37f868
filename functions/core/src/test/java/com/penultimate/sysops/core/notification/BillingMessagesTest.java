package com.penultimate.sysops.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.core.billing.BillingNotices;
import com.penultimate.sysops.core.billing.BillingStep;
import com.penultimate.sysops.core.billing.BillingStanding;
import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.InMemoryBillingLedger;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.Invoice;
import com.penultimate.sysops.core.model.SupportContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BillingMessagesTest {
    private static final LocalDate END = LocalDate.parse("2026-11-30");
    private final InMemoryBillingLedger ledger = new InMemoryBillingLedger();
    private final BillingMessages messages = new BillingMessages(ledger);

    @Test
    void receipt_namesTheInvoiceAmountAndTheRenewedPeriod() {
        SupportContract contract = new SupportContract("C1", "cust-ada", Set.of("TV-OLED55", "SOUNDBAR-500"),
                END.minusYears(1), END, ContractStatus.ACTIVE);
        ledger.add(contract);
        Invoice invoice = new Invoice("INV-20261130-C1", "cust-ada", "C1", contract.products(), END,
                END.plusYears(1), 9_800, "USD", "ch_42", Fixtures.NOW);
        ledger.recordPayment(BillingStanding.fresh(contract), invoice, contract.renewed());

        MessageTexts.Message message = messages.render(BillingNotices.receipt(invoice));

        assertThat(message.subject()).contains("INV-20261130-C1");
        assertThat(message.longText()).contains("98.00 USD", "2026-11-30", "2027-11-29", "SOUNDBAR-500, TV-OLED55",
                "ch_42");
        assertThat(message.shortText()).contains("C1", "98.00 USD").hasSizeLessThan(160);
    }

    @Test
    void declined_saysWhenTheCardIsTriedAgainAndUntilWhenTicketsAreCovered() {
        MessageTexts.Message message = messages.render(
                BillingNotices.declined("cust-cleo", "C2", END, BillingStep.retry(1)));

        assertThat(message.subject()).isEqualTo("Your card was declined");
        assertThat(message.longText()).contains("C2", "try again on 2026-12-03", "covered until 2026-12-07");
    }

    @Test
    void declinedOnACardUpdate_asksForAnotherCard() {
        MessageTexts.Message message = messages.render(BillingNotices.declined("cust-cleo", "C2", END,
                BillingStep.cardUpdated(Instant.EPOCH)));

        assertThat(message.shortText()).contains("card you just put on file was declined").doesNotContain("try again");
    }

    @Test
    void lastRetryDeclined_isASuspension() {
        Notification notice = BillingNotices.declined("cust-cleo", "C2", END, BillingStep.retry(7));

        assertThat(notice.kind()).isEqualTo(NotificationKind.CONTRACT_SUSPENDED);
        assertThat(messages.render(notice).longText()).contains("suspended", "New tickets cannot be filed");
    }
}
