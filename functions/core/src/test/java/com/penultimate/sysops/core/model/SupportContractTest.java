package com.penultimate.sysops.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SupportContractTest {
    private static final LocalDate END = LocalDate.parse("2026-11-30");

    @Test
    void covers_pastDueContractWhileItsCardIsRetried_andNotAfterTheLastRetryDay() {
        SupportContract pastDue = contract(ContractStatus.PAST_DUE);

        assertThat(pastDue.covers("TV-OLED55", END)).isTrue();
        assertThat(pastDue.covers("TV-OLED55", END.plusDays(7))).isTrue();
        assertThat(pastDue.covers("TV-OLED55", END.plusDays(8))).isFalse();
    }

    @Test
    void covers_neitherSuspendedNorEndedActiveContracts() {
        assertThat(contract(ContractStatus.SUSPENDED).covers("TV-OLED55", END.minusDays(1))).isFalse();
        assertThat(contract(ContractStatus.ACTIVE).covers("TV-OLED55", END.minusDays(1))).isTrue();
        assertThat(contract(ContractStatus.ACTIVE).covers("TV-OLED55", END)).isFalse();
    }

    @Test
    void renewed_startsTheNextYearWhereThisOneEnds() {
        SupportContract renewed = contract(ContractStatus.SUSPENDED).renewed();

        assertThat(renewed.startDate()).isEqualTo(END);
        assertThat(renewed.endDate()).isEqualTo(END.plusYears(1));
        assertThat(renewed.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(renewed.products()).containsExactly("TV-OLED55");
    }

    private static SupportContract contract(ContractStatus status) {
        return new SupportContract("C1", "cust-1", Set.of("TV-OLED55"), END.minusYears(1), END, status);
    }
}
