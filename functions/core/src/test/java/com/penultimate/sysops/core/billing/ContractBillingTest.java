package com.penultimate.sysops.core.billing;

import static com.penultimate.sysops.core.billing.BillingWorld.END;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.Invoice;
import com.penultimate.sysops.core.notification.Notification;
import com.penultimate.sysops.core.notification.NotificationKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContractBillingTest {
    private final BillingWorld world = new BillingWorld();

    @Test
    void due_paid_storesInvoiceRenewsForAYearAndQueuesTheReceipt() {
        world.contract("C1", "cust-ada", "tok_visa", END);

        assertThat(world.bill("C1", END, BillingStep.due())).isEqualTo(ContractBilling.Outcome.PAID);

        assertThat(world.ledger.contract("C1")).satisfies(c -> {
            assertThat(c.status()).isEqualTo(ContractStatus.ACTIVE);
            assertThat(c.startDate()).isEqualTo(END);
            assertThat(c.endDate()).isEqualTo(END.plusYears(1));
        });
        Invoice invoice = world.ledger.invoices().get(0);
        assertThat(invoice.invoiceId()).isEqualTo("INV-20261130-C1");
        assertThat(invoice.amountMinor()).isEqualTo(9_800);
        assertThat(invoice.currency()).isEqualTo("USD");
        assertThat(invoice.chargeId()).isEqualTo("ch_1");
        assertThat(world.payments.requests()).singleElement().satisfies(r -> {
            assertThat(r.customerToken()).isEqualTo("tok_visa");
            assertThat(r.idempotencyKey()).isEqualTo("sysops-C1-2026-11-30-0");
            assertThat(r.amountMinor()).isEqualTo(9_800);
        });
        assertThat(world.notifications.enqueued()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.PAYMENT_RECEIPT);
            assertThat(n.ticketId()).isEqualTo("INV-20261130-C1");
            assertThat(n.recipient()).isEqualTo(Notification.Recipient.CUSTOMER);
            assertThat(n.recipientId()).isEqualTo("cust-ada");
        });
    }

    @Test
    void due_declined_makesTheContractPastDueAndTellsTheCustomer() {
        world.contract("C2", "cust-cleo", "tok_card_declined", END);
        world.payments.decline("tok_card_declined");

        assertThat(world.bill("C2", END, BillingStep.due())).isEqualTo(ContractBilling.Outcome.DECLINED);

        assertThat(world.ledger.standing("C2")).satisfies(s -> {
            assertThat(s.contract().status()).isEqualTo(ContractStatus.PAST_DUE);
            assertThat(s.contract().endDate()).isEqualTo(END);
            assertThat(s.declines()).isEqualTo(1);
        });
        assertThat(world.ledger.invoices()).isEmpty();
        assertThat(world.notifications.enqueued()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.PAYMENT_DECLINED);
            assertThat(n.ticketId()).isEqualTo("C2#2026-11-30#DUE");
            assertThat(n.recipientId()).isEqualTo("cust-cleo");
        });
    }

    @Test
    void declinedOnEveryRetry_staysPastDueUntilDaySevenThenSuspends() {
        world.contract("C3", "cust-cleo", "tok_card_declined", END);
        world.payments.decline("tok_card_declined");
        world.bill("C3", END, BillingStep.due());

        assertThat(world.bill("C3", END, BillingStep.retry(1))).isEqualTo(ContractBilling.Outcome.DECLINED);
        assertThat(world.bill("C3", END, BillingStep.retry(3))).isEqualTo(ContractBilling.Outcome.DECLINED);
        assertThat(world.ledger.contract("C3").status()).isEqualTo(ContractStatus.PAST_DUE);
        assertThat(world.bill("C3", END, BillingStep.retry(7))).isEqualTo(ContractBilling.Outcome.SUSPENDED);

        assertThat(world.ledger.contract("C3").status()).isEqualTo(ContractStatus.SUSPENDED);
        assertThat(world.payments.requests()).extracting(r -> r.idempotencyKey()).containsExactly(
                "sysops-C3-2026-11-30-0", "sysops-C3-2026-11-30-1", "sysops-C3-2026-11-30-2",
                "sysops-C3-2026-11-30-3");
        assertThat(world.notifications.enqueued()).extracting(Notification::kind).containsExactly(
                NotificationKind.PAYMENT_DECLINED, NotificationKind.PAYMENT_DECLINED,
                NotificationKind.PAYMENT_DECLINED, NotificationKind.CONTRACT_SUSPENDED);
    }

    @Test
    void retryAfterADecline_paysWithANewKeyAndRenews() {
        world.contract("C4", "cust-cleo", "tok_mc", END);
        world.payments.decline("tok_mc");
        world.bill("C4", END, BillingStep.due());
        world.payments.accept("tok_mc");

        assertThat(world.bill("C4", END, BillingStep.retry(1))).isEqualTo(ContractBilling.Outcome.PAID);

        assertThat(world.ledger.contract("C4").status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(world.ledger.contract("C4").endDate()).isEqualTo(END.plusYears(1));
        assertThat(world.ledger.standing("C4").declines()).isZero();
        assertThat(world.payments.charges()).isEqualTo(1);
    }

    @Test
    void providerUnreachable_recordsNothingAndFailsSoTheJobIsRetried() {
        world.contract("C5", "cust-ada", "tok_visa", END);
        world.payments.unreachableOnce(false);

        assertThatThrownBy(() -> world.bill("C5", END, BillingStep.due()))
                .isInstanceOf(PaymentProviderUnreachableException.class);

        assertThat(world.ledger.standing("C5")).isEqualTo(BillingStanding.fresh(world.ledger.contract("C5")));
        assertThat(world.ledger.invoices()).isEmpty();
        assertThat(world.notifications.enqueued()).isEmpty();
    }

    @Test
    void timeoutAfterTheProviderCharged_theRetryGetsTheSameChargeBackNotASecondOne() {
        world.contract("C6", "cust-ada", "tok_visa", END);
        world.payments.unreachableOnce(true);
        assertThatThrownBy(() -> world.bill("C6", END, BillingStep.due()))
                .isInstanceOf(PaymentProviderUnreachableException.class);

        assertThat(world.bill("C6", END, BillingStep.due())).isEqualTo(ContractBilling.Outcome.PAID);

        assertThat(world.payments.charges()).isEqualTo(1);
        assertThat(world.payments.requests()).extracting(r -> r.idempotencyKey()).containsOnly(
                "sysops-C6-2026-11-30-0");
        assertThat(world.ledger.invoices()).singleElement().satisfies(i -> assertThat(i.chargeId()).isEqualTo("ch_1"));
    }

    @Test
    void duplicateJobAfterPayment_chargesNothingAndOnlyRepeatsTheReceipt() {
        world.contract("C7", "cust-ada", "tok_visa", END);
        world.bill("C7", END, BillingStep.due());

        assertThat(world.bill("C7", END, BillingStep.due())).isEqualTo(ContractBilling.Outcome.ALREADY_PAID);

        assertThat(world.payments.requests()).hasSize(1);
        assertThat(world.ledger.invoices()).hasSize(1);
        assertThat(world.notifications.enqueued()).extracting(Notification::notificationId)
                .containsExactly("billing#INV-20261130-C7#receipt", "billing#INV-20261130-C7#receipt");
    }

    @Test
    void duplicateJobAfterADecline_chargesNothingAndOnlyRepeatsTheNotice() {
        world.contract("C8", "cust-cleo", "tok_card_declined", END);
        world.payments.decline("tok_card_declined");
        world.bill("C8", END, BillingStep.due());

        assertThat(world.bill("C8", END, BillingStep.due())).isEqualTo(ContractBilling.Outcome.ALREADY_DONE);

        assertThat(world.payments.requests()).hasSize(1);
        assertThat(world.ledger.standing("C8").declines()).isEqualTo(1);
        assertThat(world.notifications.enqueued()).extracting(Notification::notificationId).containsOnly(
                "billing#C8#2026-11-30#DUE#declined");
    }

    @Test
    void noCardOnFile_isADeclineWithoutAskingTheProvider() {
        world.contract("C9", "cust-new", null, END);

        assertThat(world.bill("C9", END, BillingStep.due())).isEqualTo(ContractBilling.Outcome.DECLINED);

        assertThat(world.payments.requests()).isEmpty();
        assertThat(world.ledger.contract("C9").status()).isEqualTo(ContractStatus.PAST_DUE);
    }

    @Test
    void suspendedContract_isPaidAgainAfterACardUpdate() {
        world.contract("C10", "cust-cleo", "tok_card_declined", END);
        world.payments.decline("tok_card_declined");
        world.bill("C10", END, BillingStep.due());
        world.bill("C10", END, BillingStep.retry(1));
        world.bill("C10", END, BillingStep.retry(3));
        world.bill("C10", END, BillingStep.retry(7));
        world.payments.accept("tok_card_declined");

        ContractBilling.Outcome outcome = world.bill("C10", END, BillingStep.cardUpdated(
                Instant.parse("2026-12-10T09:00:00Z")));

        assertThat(outcome).isEqualTo(ContractBilling.Outcome.PAID);
        assertThat(world.ledger.contract("C10").status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(world.ledger.contract("C10").endDate()).isEqualTo(END.plusYears(1));
    }

    @Test
    void stepThatDoesNotApplyOrAPeriodNotYetEnded_isNotDue() {
        world.contract("C11", "cust-ada", "tok_visa", END);

        assertThat(world.bill("C11", END, BillingStep.retry(1))).isEqualTo(ContractBilling.Outcome.NOT_DUE);
        assertThat(world.bill("C11", END, BillingStep.cardUpdated(Instant.EPOCH)))
                .isEqualTo(ContractBilling.Outcome.NOT_DUE);
        assertThat(world.bill("C11", END.plusDays(1), BillingStep.due())).isEqualTo(ContractBilling.Outcome.NOT_DUE);
        assertThat(world.payments.requests()).isEmpty();
    }
}
