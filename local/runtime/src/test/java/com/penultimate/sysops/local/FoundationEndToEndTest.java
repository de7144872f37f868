package com.penultimate.sysops.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The foundation issue's "done means", through the local runtime's HTTP API as a new user would try it. */
class FoundationEndToEndTest {
    private static LocalApi api;
    private static String admin;
    private static String customer;

    @BeforeAll
    static void customerWithTvContract() {
        api = RunningSystem.api();
        admin = api.token("admin-1", "admin");
        assertThat(api.send("PUT", "/admin/products/TV-E2E", admin,
                "{\"name\":\"E2E television\",\"skills\":[\"tv\"]}").status()).isEqualTo(200);
        customer = api.token("cust-e2e", "customer");
        LocalApi.Answer registered = api.send("POST", "/customers", customer, """
                {"name":"Eve Tester","email":"eve@example.com","phone":"+13125550177","notificationPreference":"SMS",
                 "address":{"line1":"1 Test St","city":"Chicago","postalCode":"60601","country":"US"},
                 "location":{"lat":41.88,"lon":-87.63}}""");
        assertThat(registered.status()).isEqualTo(201);
        LocalApi.Answer contract = api.send("POST", "/customers/me/contracts", customer,
                "{\"products\":[\"TV-E2E\"],\"startDate\":\"" + LocalDate.now() + "\"}");
        assertThat(contract.status()).isEqualTo(201);
        assertThat(contract.json().get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void health_reportsFunctionsAndDemoData() {
        JsonNode health = api.send("GET", "/health", null, null).json();
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/demoData/experts").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(health.at("/demoData/customers").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void adminCreatesExpert_andReadsItBack() {
        LocalApi.Answer created = api.send("POST", "/admin/experts", admin, """
                {"expertId":"exp-e2e","name":"Erin Expert","phone":"+13125550166","email":"erin@sysops.example",
                 "skills":["tv"],"homeLocation":{"lat":41.9,"lon":-87.65},
                 "serviceArea":{"center":{"lat":41.88,"lon":-87.63},"radiusKm":20},"capacity":2,"available":true}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/admin/experts/exp-e2e");
        JsonNode expert = api.send("GET", "/admin/experts/exp-e2e", admin, null).json();
        assertThat(expert.get("skills").toString()).contains("tv");
        assertThat(expert.get("capacity").asInt()).isEqualTo(2);
    }

    @Test
    void fileTicket_is202WithLocation_andReadsBackWithHistory() {
        LocalApi.Answer filed = api.send("POST", "/tickets", customer,
                "{\"product\":\"TV-E2E\",\"description\":\"No sound\"}");
        assertThat(filed.status()).isEqualTo(202);
        String ticketId = filed.json().get("ticketId").asText();
        assertThat(filed.header("Location")).isEqualTo("/tickets/" + ticketId);

        JsonNode ticket = api.send("GET", "/tickets/" + ticketId, customer, null).json();
        assertThat(ticket.get("customerId").asText()).isEqualTo("cust-e2e");
        assertThat(ticket.get("history").get(0).get("to").asText()).isEqualTo("RECEIVED");
        assertThat(ticket.get("history").get(0).get("by").asText()).isEqualTo("cust-e2e");
    }

    @Test
    void anotherCustomer_getsNotFoundOnTheTicket() {
        String ticketId = api.send("POST", "/tickets", customer, "{\"product\":\"TV-E2E\",\"description\":\"Flicker\"}")
                .json().get("ticketId").asText();
        LocalApi.Answer other = api.send("GET", "/tickets/" + ticketId, api.token("cust-ada", "customer"), null);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.header("Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void malformedJson_is400ProblemJson() {
        LocalApi.Answer answer = api.send("POST", "/tickets", customer, "{\"product\": \"TV-E2E\", \"descr");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(400);
    }

    @Test
    void productWithoutContract_is422SayingSo() {
        LocalApi.Answer answer = api.send("POST", "/tickets", customer,
                "{\"product\":\"LAPTOP-X1\",\"description\":\"Will not boot\"}");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("detail").asText()).contains("no active support contract").contains("LAPTOP-X1");
    }

    @Test
    void repeatedIdempotencyKey_makesOneContract_andTheKeyWithAnotherRequestIsRefused() {
        String buyer = api.token("cust-e2e-contract-twice", "customer");
        assertThat(api.send("POST", "/customers", buyer, """
                {"name":"Tap Twice","email":"tap@example.com","phone":"+13125550178","notificationPreference":"EMAIL",
                 "address":{"line1":"2 Test St","city":"Chicago","postalCode":"60601","country":"US"},
                 "location":{"lat":41.88,"lon":-87.63}}""").status()).isEqualTo(201);
        String body = "{\"products\":[\"TV-E2E\"],\"startDate\":\"" + LocalDate.now() + "\"}";

        LocalApi.Answer first = api.send("POST", "/customers/me/contracts", buyer, body, "Idempotency-Key", "buy-1");
        LocalApi.Answer again = api.send("POST", "/customers/me/contracts", buyer, body, "Idempotency-Key", "buy-1");
        LocalApi.Answer otherRequest = api.send("POST", "/customers/me/contracts", buyer,
                "{\"products\":[\"TV-E2E\"],\"startDate\":\"" + LocalDate.now().minusDays(1) + "\"}",
                "Idempotency-Key", "buy-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("contractId")).isEqualTo(first.json().get("contractId"));
        assertThat(otherRequest.status()).isEqualTo(422);
        assertThat(api.send("GET", "/customers/me/contracts", buyer, null).json()).hasSize(1);
    }

    @Test
    void repeatedIdempotencyKey_returnsTheSameTicket() {
        String body = "{\"product\":\"TV-E2E\",\"description\":\"Remote dead\"}";
        LocalApi.Answer first = api.send("POST", "/tickets", customer, body, "Idempotency-Key", "e2e-key-1");
        LocalApi.Answer second = api.send("POST", "/tickets", customer, body, "Idempotency-Key", "e2e-key-1");
        assertThat(second.status()).isEqualTo(202);
        assertThat(second.json().get("ticketId").asText()).isEqualTo(first.json().get("ticketId").asText());
    }

    @Test
    void missingOrForgedToken_is401_andWrongRole_is403() {
        assertThat(api.send("GET", "/tickets", null, null).status()).isEqualTo(401);
        assertThat(api.send("GET", "/tickets", "not.a.jwt", null).status()).isEqualTo(401);
        assertThat(api.send("GET", "/admin/experts", customer, null).status()).isEqualTo(403);
    }

    @Test
    void rawCardNumber_isRefused() {
        LocalApi.Answer answer = api.send("PUT", "/customers/me/payment-method", customer,
                "{\"token\":\"4111 1111 1111 1111\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(api.send("GET", "/customers/me", customer, null).json().get("hasPaymentMethod").asBoolean())
                .isFalse();
    }
}
