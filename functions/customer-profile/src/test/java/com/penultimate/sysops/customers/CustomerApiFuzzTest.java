package com.penultimate.sysops.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.penultimate.sysops.core.fake.RecordingBillingQueue;
import com.penultimate.sysops.http.testing.FunctionHarness;
import com.penultimate.sysops.http.testing.TestTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzed API Gateway events (route, body, base64 flag, headers, query string) through the real handler over
 * in-memory fakes, for a registered customer: never a 5xx, never an uncaught exception, a refusal writes nothing.
 */
class CustomerApiFuzzTest {
    private static final String[] ROUTES = {"POST /customers", "PUT /customers/me", "GET /customers/me",
        "POST /customers/me/contracts", "PUT /customers/me/payment-method", "GET /customers/me/invoices"};
    private static FunctionHarness function;
    private static RecordingCustomerStore store;
    private static RecordingBillingQueue billing;
    private static String token;

    @BeforeAll
    static void start() throws IOException {
        // Jazzer's agent unpacks itself into java.io.tmpdir, which the build points at target/tmp without creating.
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        function = new FunctionHarness(Map.of("sysops.test.in-memory", "true"));
        store = function.context().getBean(RecordingCustomerStore.class);
        billing = function.context().getBean(RecordingBillingQueue.class);
        token = TestTokens.shared().bearer("cust-1", "customer");
        APIGatewayV2HTTPResponse registered = function.send(
                function.event("customer-profile", "post_customer_valid.json", Map.of("TOKEN", token)));
        assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        function.close();
    }

    @FuzzTest(maxDuration = "20s")
    void anyRequest_isAnsweredBelow500_andARefusalWritesNothing(FuzzedDataProvider data) {
        APIGatewayV2HTTPEvent event = function.event("customer-profile", "post_customer_valid.json",
                Map.of("TOKEN", token));
        String route = data.pickValue(ROUTES);
        String path = route.substring(route.indexOf(' ') + 1);
        event.setRouteKey(route);
        event.setRawPath(path);
        event.getRequestContext().getHttp().setMethod(route.substring(0, route.indexOf(' ')));
        event.getRequestContext().getHttp().setPath(path);
        event.setRawQueryString(data.consumeString(60));
        if (data.consumeBoolean()) {
            // Control characters and surrounding whitespace: API Gateway refuses or trims them before we see them.
            Map<String, String> headers = new HashMap<>(event.getHeaders());
            headers.put("content-type", data.consumeString(40).replaceAll("[\\x00-\\x1F\\x7F]", "").strip());
            event.setHeaders(headers);
        }
        // API Gateway sets isBase64Encoded only on a body it encoded itself.
        boolean base64 = data.consumeBoolean();
        byte[] body = data.consumeRemainingAsBytes();
        event.setIsBase64Encoded(base64);
        event.setBody(base64 ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8));
        int writesBefore = store.writes();
        int enqueuedBefore = billing.enqueued().size();

        APIGatewayV2HTTPResponse response = function.send(event);

        assertThat(response.getStatusCode()).as(response.getBody()).isBetween(200, 499);
        if (response.getStatusCode() >= 400) {
            assertThat(response.getHeaders().get("Content-Type")).startsWith("application/problem+json");
            assertThat(store.writes()).isEqualTo(writesBefore);
            assertThat(billing.enqueued()).hasSize(enqueuedBefore);
        }
    }
}
