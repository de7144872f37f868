package com.penultimate.sysops.core.billing;

import static com.penultimate.sysops.core.billing.BillingWorld.END;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.ForbiddenException;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.Invoice;
import com.penultimate.sysops.core.notification.Notification;
import com.penultimate.sysops.core.notification.NotificationKind;
import org.junit.jupiter.api.Test;

class BillingRunTest {
    private final BillingWorld world = new BillingWorld();

    @Test
    void run_queuesActiveContractsEndingTodayAndPastDueOnesOnRetryDays() {
        world.contract("C-TODAY", "cust-a", "tok_visa", END);
        world.contract("C-TOMORROW", "cust-b", "tok_visa", END.plusDays(1));
        world.payments.decline("tok_bad");
        for (int daysAgo : new int[] {1, 2, 3, 7, 8}) {
            String id = "C-LATE-" + daysAgo;
            world.contract(id, "cust-late-" + daysAgo, "tok_bad", END.minusDays(daysAgo));
            world.bill(id, END.minusDays(daysAgo), BillingStep.due());
        }
        world.contract("C-YESTERDAY-ACTIVE", "cust-c", "tok_visa", END.minusDays(1));

        BillingRun.Report report = world.run.run(END);

        assertThat(report).isEqualTo(new BillingRun.Report(END, 1, 3));
        assertThat(world.queue.enqueued()).containsExactly(
                new BillingJob("cust-a", "C-TODAY", END, BillingStep.due()),
                new BillingJob("cust-late-1", "C-LATE-1", END.minusDays(1), BillingStep.retry(1)),
                new BillingJob("cust-late-3", "C-LATE-3", END.minusDays(3), BillingStep.retry(3)),
                new BillingJob("cust-late-7", "C-LATE-7", END.minusDays(7), BillingStep.retry(7)));
    }

    @Test
    void billingDayTwice_chargesEachContractOnce() {
        world.contract("C-ADA", "cust-ada", "tok_visa_success", END);
        world.contract("C-CLEO", "cust-cleo", "tok_card_declined", END);
        world.contract("C-DEV", "cust-dev", "tok_visa_success", END);
        world.payments.decline("tok_card_declined");

        assertThat(world.runDay(END)).containsExactly(ContractBilling.Outcome.PAID, ContractBilling.Outcome.DECLINED,
                ContractBilling.Outcome.PAID);
        assertThat(world.runDay(END)).isEmpty();

        assertThat(world.payments.requests()).hasSize(3);
        assertThat(world.payments.charges()).isEqualTo(2);
        assertThat(world.ledger.invoices()).extracting(Invoice::contractId).containsExactly("C-ADA", "C-DEV");
        assertThat(world.ledger.contract("C-CLEO").status()).isEqualTo(ContractStatus.PAST_DUE);
        assertThat(world.notifications.enqueued()).extracting(Notification::kind).containsExactly(
                NotificationKind.PAYMENT_RECEIPT, NotificationKind.PAYMENT_DECLINED, NotificationKind.PAYMENT_RECEIPT);
    }

    @Test
    void dunning_retriesOnDaysOneThreeAndSevenThenSuspends() {
        world.contract("C-CLEO", "cust-cleo", "tok_card_declined", END);
        world.payments.decline("tok_card_declined");

        for (int day = 0; day <= 10; day++) {
            world.runDay(END.plusDays(day));
        }

        assertThat(world.payments.requests()).hasSize(4);
        assertThat(world.ledger.standing("C-CLEO").stepsTaken()).containsExactlyInAnyOrder("DUE", "RETRY-1",
                "RETRY-3", "RETRY-7");
        assertThat(world.ledger.contract("C-CLEO").status()).isEqualTo(ContractStatus.SUSPENDED);
    }

    @Test
    void runOnDemand_isForAdministratorsWithADate() {
        assertThatThrownBy(() -> world.run.runOnDemand(Fixtures.caller("m-1", Role.MANAGER), END))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> world.run.runOnDemand(Fixtures.caller("a-1", Role.ADMIN), null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(world.run.runOnDemand(Fixtures.caller("a-1", Role.ADMIN), END))
                .isEqualTo(new BillingRun.Report(END, 0, 0));
    }
}
