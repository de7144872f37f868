package com.penultimate.sysops.aws.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.billing.BillingJob;
import com.penultimate.sysops.core.billing.BillingStep;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BillingJobJsonTest {
    private static final BillingJob JOB = new BillingJob("cust-ada", "C1", LocalDate.parse("2027-03-31"),
            BillingStep.retry(3));

    @Test
    void write_isAFlatObjectThatReadsBack() {
        String json = BillingJobJson.write(JOB);

        assertThat(json).isEqualTo("{\"customerId\":\"cust-ada\",\"contractId\":\"C1\",\"periodEnd\":\"2027-03-31\","
                + "\"step\":\"RETRY-3\"}");
        assertThat(BillingJobJson.read(json)).isEqualTo(JOB);
        BillingJob card = new BillingJob("cust-ada", "C1", LocalDate.parse("2027-03-31"),
                BillingStep.cardUpdated(Instant.parse("2027-04-02T10:00:00Z")));
        assertThat(BillingJobJson.read(BillingJobJson.write(card))).isEqualTo(card);
    }

    @Test
    void read_refusesMissingOrMalformedFields() {
        assertThatThrownBy(() -> BillingJobJson.read("{\"customerId\":\"c\",\"contractId\":\"C1\",\"step\":\"DUE\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("periodEnd");
        assertThatThrownBy(() -> BillingJobJson.read("{\"customerId\":\"c\",\"contractId\":\"C1\","
                + "\"periodEnd\":\"31/03/2027\",\"step\":\"DUE\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BillingJobJson.read("{\"customerId\":\"c\",\"contractId\":\"C1\","
                + "\"periodEnd\":\"2027-03-31\",\"step\":\"LATER\"}")).isInstanceOf(IllegalArgumentException.class);
    }
}
