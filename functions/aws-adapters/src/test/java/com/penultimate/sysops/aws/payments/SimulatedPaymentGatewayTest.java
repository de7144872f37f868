package com.penultimate.sysops.aws.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.aws.dynamodb.BillingTables;
import com.penultimate.sysops.aws.dynamodb.DynamoDbLocalServer;
import com.penultimate.sysops.core.billing.ChargeOutcome;
import com.penultimate.sysops.core.billing.ChargeRequest;
import com.penultimate.sysops.core.billing.PaymentProviderUnreachableException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class SimulatedPaymentGatewayTest {
    private static final BillingTables TABLES = BillingTables.createFor(SimulatedPaymentGatewayTest.class);
    private final SimulatedPaymentGateway provider = new SimulatedPaymentGateway(DynamoDbLocalServer.client(),
            TABLES.paymentAttempts(), Clock.fixed(Instant.parse("2027-03-31T06:00:00Z"), ZoneOffset.UTC));

    @Test
    void anyOtherCard_isPaidAndTheAttemptRecorded() {
        ChargeOutcome outcome = provider.charge(request("tok_visa_success", "key-paid"));

        assertThat(outcome).isInstanceOf(ChargeOutcome.Paid.class);
        Map<String, AttributeValue> attempt = attempt("key-paid");
        assertThat(attempt.get("outcome").s()).isEqualTo("PAID");
        assertThat(attempt.get("chargeId").s()).isEqualTo(((ChargeOutcome.Paid) outcome).chargeId());
        assertThat(attempt.get("amountMinor").n()).isEqualTo("9800");
        assertThat(attempt.get("attemptedAt").s()).isEqualTo("2027-03-31T06:00:00Z");
    }

    @Test
    void sameKeyAgain_getsTheFirstAnswerAndIsChargedOnce() {
        ChargeOutcome first = provider.charge(request("tok_visa_success", "key-twice"));
        ChargeOutcome second = provider.charge(request("tok_visa_success", "key-twice"));

        assertThat(second).isEqualTo(first);
        assertThat(attempt("key-twice").get("answers").n()).isEqualTo("2");
    }

    @Test
    void decliningCard_isDeclinedAndTheDeclineRecorded() {
        assertThat(provider.charge(request(SimulatedPaymentGateway.DECLINED, "key-declined")))
                .isEqualTo(new ChargeOutcome.Declined("card_declined"));
        assertThat(attempt("key-declined").get("outcome").s()).isEqualTo("DECLINED");
    }

    @Test
    void unreachableCard_neverAnswersAndNothingIsRecorded() {
        assertThatThrownBy(() -> provider.charge(request(SimulatedPaymentGateway.UNREACHABLE, "key-silent")))
                .isInstanceOf(PaymentProviderUnreachableException.class);
        assertThat(attempt("key-silent")).isEmpty();
    }

    @Test
    void chargedThenUnreachable_theRetryWithTheSameKeyGetsTheChargeBack() {
        ChargeRequest request = request(SimulatedPaymentGateway.CHARGED_THEN_UNREACHABLE, "key-lost");
        assertThatThrownBy(() -> provider.charge(request)).isInstanceOf(PaymentProviderUnreachableException.class);
        String chargeId = attempt("key-lost").get("chargeId").s();

        assertThat(provider.charge(request)).isEqualTo(new ChargeOutcome.Paid(chargeId));
        assertThat(attempts()).filteredOn(a -> a.get("idempotencyKey").s().equals("key-lost")).hasSize(1);
    }

    private static ChargeRequest request(String token, String key) {
        return new ChargeRequest(9_800, "USD", token, key, "Sysops Squad support C1 from 2027-03-31");
    }

    private static Map<String, AttributeValue> attempt(String key) {
        return DynamoDbLocalServer.client().getItem(get -> get.tableName(TABLES.paymentAttempts())
                .consistentRead(true).key(Map.of("idempotencyKey", AttributeValue.fromS(key)))).item();
    }

    private static List<Map<String, AttributeValue>> attempts() {
        return DynamoDbLocalServer.client().scan(scan -> scan.tableName(TABLES.paymentAttempts())).items();
    }
}
