package com.penultimate.sysops.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.penultimate.sysops.core.fake.InMemoryTicketRepository;
import com.penultimate.sysops.core.fake.RecordingWorkflow;
import com.penultimate.sysops.core.port.TicketRepository;
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
 * Fuzzed API Gateway events (body, base64 flag, headers, path parameter, query string) through the real handler
 * over in-memory fakes: never a 5xx, never an uncaught exception, and a refused request writes nothing.
 */
class TicketApiFuzzTest {
    private static final String[] ROUTES = {"POST /tickets", "GET /tickets/{ticketId}", "GET /tickets"};
    private static FunctionHarness function;
    private static InMemoryTicketRepository tickets;
    private static RecordingWorkflow workflow;
    private static String token;

    @BeforeAll
    static void start() throws IOException {
        // Jazzer's agent unpacks itself into java.io.tmpdir, which the build points at target/tmp without creating.
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        function = new FunctionHarness(Map.of("sysops.test.in-memory", "true",
                "sysops.workflow.state-machine-arn", "arn:aws:states:us-east-1:123456789012:stateMachine:test"));
        tickets = (InMemoryTicketRepository) function.context().getBean(TicketRepository.class);
        workflow = function.context().getBean(RecordingWorkflow.class);
        token = TestTokens.shared().bearer(InMemoryTicketBeans.CUSTOMER, "customer");
    }

    @AfterAll
    static void stop() {
        function.close();
    }

    @FuzzTest(maxDuration = "20s")
    void anyRequest_isAnsweredBelow500_andARefusalWritesNothing(FuzzedDataProvider data) {
        APIGatewayV2HTTPEvent event = function.event("ticket-intake", "post_ticket_valid.json",
                Map.of("TOKEN", token, "IDEMPOTENCY_KEY", "key-1", "PRODUCT", "TV-OLED55"));
        String route = data.pickValue(ROUTES);
        event.setRouteKey(route);
        event.getRequestContext().getHttp().setMethod(route.substring(0, route.indexOf(' ')));
        // API Gateway hands over the path as the client sent it, percent-encoded, and the parameter decoded.
        String ticketId = route.endsWith("}") ? data.consumeString(40) : null;
        String path = ticketId != null ? "/tickets/" + percentEncoded(ticketId) : "/tickets";
        event.setRawPath(path);
        event.getRequestContext().getHttp().setPath(path);
        event.setPathParameters(ticketId != null ? Map.of("ticketId", ticketId) : null);
        event.setRawQueryString(data.consumeString(60));
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("idempotency-key", headerValue(data.consumeString(140)));
        if (data.consumeBoolean()) {
            headers.put("content-type", headerValue(data.consumeString(40)));
        }
        event.setHeaders(headers);
        // API Gateway sets isBase64Encoded only on a body it encoded itself.
        boolean base64 = data.consumeBoolean();
        byte[] body = data.consumeRemainingAsBytes();
        event.setIsBase64Encoded(base64);
        event.setBody(base64 ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8));
        int ticketsBefore = tickets.size();
        int startedBefore = workflow.started().size();

        APIGatewayV2HTTPResponse response = function.send(event);

        assertThat(response.getStatusCode()).as(response.getBody()).isBetween(200, 499);
        if (response.getStatusCode() >= 400) {
            assertThat(response.getHeaders().get("Content-Type")).startsWith("application/problem+json");
            assertThat(tickets.size()).isEqualTo(ticketsBefore);
            assertThat(workflow.started()).hasSize(startedBefore);
        }
    }

    /**
     * A header value as API Gateway hands it on: it refuses control characters and trims surrounding whitespace
     * (Micronaut's header check would otherwise answer 500 for input that cannot arrive).
     */
    static String headerValue(String fuzzed) {
        return fuzzed.replaceAll("[\\x00-\\x1F\\x7F]", "").strip();
    }

    /** A path segment as an HTTP client sends it: every byte but RFC 3986's unreserved characters as %XX. */
    private static String percentEncoded(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : segment.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
