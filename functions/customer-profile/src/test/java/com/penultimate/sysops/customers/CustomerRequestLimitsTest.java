package com.penultimate.sysops.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.penultimate.sysops.http.testing.FunctionHarness;
import com.penultimate.sysops.http.testing.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a profile, contract or card request may not carry: fields the customer does not set, oversized bodies. */
class CustomerRequestLimitsTest {
    private static final String PROFILE = "{\"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\", "
            + "\"phone\": \"+13125550101\", \"notificationPreference\": \"EMAIL\", \"address\": {\"line1\": "
            + "\"233 S Wacker Dr\", \"city\": \"Chicago\", \"postalCode\": \"60606\", \"country\": \"US\"}, "
            + "\"location\": {\"lat\": 41.8789, \"lon\": -87.6359}";
    private static FunctionHarness function;
    private static RecordingCustomerStore store;

    @BeforeAll
    static void start() {
        function = new FunctionHarness(Map.of("sysops.test.in-memory", "true"));
        store = function.context().getBean(RecordingCustomerStore.class);
        APIGatewayV2HTTPResponse registered = send("POST /customers", PROFILE + "}");
        assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        function.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"customerId", "paymentToken", "hasPaymentMethod", "createdAt"})
    void profileFieldTheCustomerDoesNotSet_isRefusedByName_andNothingIsWritten(String field) {
        int before = store.writes();

        APIGatewayV2HTTPResponse response = send("PUT /customers/me", PROFILE + ", \"" + field + "\": \"x\"}");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getHeaders().get("Content-Type")).startsWith("application/problem+json");
        assertThat(response.getBody()).contains(field);
        assertThat(store.writes()).isEqualTo(before);
    }

    @Test
    void contractWithAStatusOrPrice_isRefusedByName() {
        APIGatewayV2HTTPResponse response = send("POST /customers/me/contracts",
                "{\"products\": [\"TV-OLED55\"], \"startDate\": \"2026-11-01\", \"status\": \"ACTIVE\"}");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).contains("status");
    }

    @Test
    void paymentMethodWithAnUnknownField_isRefusedByName() {
        APIGatewayV2HTTPResponse response = send("PUT /customers/me/payment-method",
                "{\"token\": \"tok_visa_4242abcd\", \"customerId\": \"cust-2\"}");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).contains("customerId");
    }

    @Test
    void bodyOver64KiB_isRefusedWith413() {
        APIGatewayV2HTTPResponse response = send("PUT /customers/me",
                PROFILE.replace("Ada Lovelace", "a".repeat(70_000)) + "}");

        assertThat(response.getStatusCode()).isEqualTo(413);
        assertThat(response.getHeaders().get("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void nameOver200Characters_isRefusedByName() {
        APIGatewayV2HTTPResponse response = send("PUT /customers/me",
                PROFILE.replace("Ada Lovelace", "a".repeat(201)) + "}");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).contains("name", "at most 200");
    }

    private static APIGatewayV2HTTPResponse send(String route, String body) {
        APIGatewayV2HTTPEvent event = function.event("customer-profile", "post_customer_valid.json",
                Map.of("TOKEN", TestTokens.shared().bearer("cust-1", "customer")));
        String path = route.substring(route.indexOf(' ') + 1);
        event.setRouteKey(route);
        event.setRawPath(path);
        event.getRequestContext().getHttp().setMethod(route.substring(0, route.indexOf(' ')));
        event.getRequestContext().getHttp().setPath(path);
        event.setBody(body);
        return function.send(event);
    }
}
