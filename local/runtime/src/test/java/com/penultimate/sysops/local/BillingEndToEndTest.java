package com.penultimate.sysops.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue 5's billing "done means", through the local runtime as a new user would try it: billing runs for the day
 * three demo contracts end (cust-ada and cust-dev pay, cust-cleo's card is declined), then the same day again.
 */
class BillingEndToEndTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PAYMENT_ATTEMPTS = "sysops-payment-attempts-" + LocalSystem.STAGE;

    private final LocalApi api = RunningSystem.api();

    @Test
    void billingDay_twoInvoicesTwoRenewalsOnePastDue_andTheSameDayAgainChargesNothing() {
        String admin = api.token("admin-1", "admin");
        String ada = api.token("cust-ada", "customer");
        String cleo = api.token("cust-cleo", "customer");
        String dev = api.token("cust-dev", "customer");
        JsonNode adaContract = onlyContract(ada);
        LocalDate end = LocalDate.parse(adaContract.get("endDate").asText());
        String cleoContract = onlyContract(cleo).get("contractId").asText();
        assertThat(onlyContract(cleo).get("endDate").asText()).isEqualTo(end.toString());
        assertThat(onlyContract(dev).get("endDate").asText()).isEqualTo(end.toString());

        LocalApi.Answer run = api.send("POST", "/admin/billing/runs", admin, "{\"date\":\"" + end + "\"}");

        assertThat(run.status()).isEqualTo(202);
        assertThat(run.json().get("due").asInt()).isGreaterThanOrEqualTo(3);
        for (String customer : List.of(ada, dev)) {
            JsonNode renewed = await("a renewed contract", () -> onlyContract(customer),
                    c -> c.get("endDate").asText().equals(end.plusYears(1).toString()));
            assertThat(renewed.get("status").asText()).isEqualTo("ACTIVE");
            JsonNode invoices = api.send("GET", "/customers/me/invoices", customer, null).json();
            assertThat(invoices).hasSize(1);
            assertThat(invoices.get(0).get("periodStart").asText()).isEqualTo(end.toString());
            assertThat(invoices.get(0).get("amountMinor").asLong()).isPositive();
        }
        await("cust-cleo's contract PAST_DUE", () -> onlyContract(cleo),
                c -> c.get("status").asText().equals("PAST_DUE"));
        assertThat(api.send("GET", "/customers/me/invoices", cleo, null).json()).isEmpty();
        awaitOutbox(m -> m.get("to").asText().equals("cleo.martins@example.com")
                && m.get("body").asText().contains("declined") && m.get("body").asText().contains(cleoContract));
        awaitOutbox(m -> m.get("to").asText().equals("ada.park@example.com")
                && m.get("subject").asText("").startsWith("Receipt"));
        Map<String, String> attempts = attemptsFor(end);
        assertThat(attempts).hasSize(3);
        assertThat(attempts.values()).containsExactlyInAnyOrder("PAID", "PAID", "DECLINED");

        LocalApi.Answer again = api.send("POST", "/admin/billing/runs", admin, "{\"date\":\"" + end + "\"}");

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("due").asInt()).isZero();
        LockSupport.parkNanos(Duration.ofSeconds(3).toNanos());
        assertThat(attemptsFor(end)).isEqualTo(attempts);
    }

    @Test
    void billingRun_isForAdministratorsOnly() {
        LocalApi.Answer answer = api.send("POST", "/admin/billing/runs", api.token("manager-1", "manager"),
                "{\"date\":\"" + LocalDate.now() + "\"}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
    }

    private JsonNode onlyContract(String customer) {
        JsonNode contracts = api.send("GET", "/customers/me/contracts", customer, null).json();
        assertThat(contracts).hasSize(1);
        return contracts.get(0);
    }

    /** The simulated provider's attempts for periods ending on {@code end}: idempotency key to outcome. */
    private static Map<String, String> attemptsFor(LocalDate end) {
        try (DynamoDbClient dynamoDb = LocalSystem.client(RunningSystem.get().dynamoDbEndpoint())) {
            return dynamoDb.scan(scan -> scan.tableName(PAYMENT_ATTEMPTS).consistentRead(true)).items().stream()
                    .filter(a -> a.get("idempotencyKey").s().contains("-" + end + "-"))
                    .collect(Collectors.toMap(a -> a.get("idempotencyKey").s(),
                            a -> a.get("outcome").s()));
        }
    }

    private JsonNode awaitOutbox(Predicate<JsonNode> condition) {
        return api.awaitOutbox(PATIENCE, condition);
    }

    private static <T> T await(String what, Supplier<T> probe, Predicate<T> condition) {
        return LocalApi.await(what, PATIENCE, probe, condition);
    }
}
