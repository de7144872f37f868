package com.penultimate.sysops.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.model.ContractStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BillingStepTest {

    @Test
    void steps_applyToTheStatusesTheyCharge() {
        assertThat(BillingStep.due().appliesTo(ContractStatus.ACTIVE)).isTrue();
        assertThat(BillingStep.due().appliesTo(ContractStatus.PAST_DUE)).isFalse();
        assertThat(BillingStep.retry(3).appliesTo(ContractStatus.PAST_DUE)).isTrue();
        assertThat(BillingStep.retry(3).appliesTo(ContractStatus.SUSPENDED)).isFalse();
        BillingStep card = BillingStep.cardUpdated(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(card.appliesTo(ContractStatus.SUSPENDED)).isTrue();
        assertThat(card.appliesTo(ContractStatus.PAST_DUE)).isTrue();
        assertThat(card.appliesTo(ContractStatus.ACTIVE)).isFalse();
        assertThat(card.appliesTo(ContractStatus.CANCELLED)).isFalse();
    }

    @Test
    void onlyTheLastRetryOrASuspendedContractEndsSuspended() {
        assertThat(BillingStep.retry(3).afterDecline(ContractStatus.PAST_DUE)).isEqualTo(ContractStatus.PAST_DUE);
        assertThat(BillingStep.retry(7).afterDecline(ContractStatus.PAST_DUE)).isEqualTo(ContractStatus.SUSPENDED);
        assertThat(BillingStep.cardUpdated(Instant.EPOCH).afterDecline(ContractStatus.SUSPENDED))
                .isEqualTo(ContractStatus.SUSPENDED);
        assertThat(BillingStep.due().afterDecline(ContractStatus.ACTIVE)).isEqualTo(ContractStatus.PAST_DUE);
    }

    @Test
    void labels_outsideTheScheduleAreRefused() {
        assertThatThrownBy(() -> BillingStep.retry(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BillingStep("RETRY-5")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new BillingStep("CARD-1764583200000")).isEqualTo(
                BillingStep.cardUpdated(Instant.ofEpochMilli(1764583200000L)));
    }
}
