package com.penultimate.sysops.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.penultimate.sysops.core.fake.InMemoryTicketRepository;
import com.penultimate.sysops.core.port.TicketRepository;
import com.penultimate.sysops.http.testing.FunctionHarness;
import com.penultimate.sysops.http.testing.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a ticket request may not carry: fields the customer does not set, oversized bodies and fields. */
class TicketRequestLimitsTest {
    private static FunctionHarness function;
    private static InMemoryTicketRepository tickets;

    @BeforeAll
    static void start() {
        function = new FunctionHarness(Map.of("sysops.test.in-memory", "true",
                "sysops.workflow.state-machine-arn", "arn:aws:states:us-east-1:123456789012:stateMachine:test"));
        tickets = (InMemoryTicketRepository) function.context().getBean(TicketRepository.class);
    }

    @AfterAll
    static void stop() {
        function.close();
    }

    @Test
    void validTicket_isAccepted() {
        APIGatewayV2HTTPResponse response = post("{\"product\":\"TV-OLED55\",\"description\":\"No sound.\"}");

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(202);
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "assignedExpertId", "version", "ticketId", "history"})
    void ticketFieldTheCustomerDoesNotSet_isRefusedByName_andNothingIsWritten(String field) {
        int before = tickets.size();

        APIGatewayV2HTTPResponse response = post("{\"product\":\"TV-OLED55\",\"description\":\"No sound.\",\""
                + field + "\":\"x\"}");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getHeaders().get("Content-Type")).startsWith("application/problem+json");
        assertThat(response.getBody()).contains(field);
        assertThat(tickets.size()).isEqualTo(before);
    }

    @Test
    void unknownFieldInsideTheLocation_isRefusedByName() {
        APIGatewayV2HTTPResponse response = post("{\"product\":\"TV-OLED55\",\"description\":\"No sound.\","
                + "\"location\":{\"lat\":41.8,\"lon\":-87.6,\"serviceCell\":\"c1\"}}");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).contains("serviceCell");
    }

    @Test
    void bodyOver64KiB_isRefusedWith413_andNothingIsWritten() {
        int before = tickets.size();

        APIGatewayV2HTTPResponse response = post("{\"product\":\"TV-OLED55\",\"description\":\""
                + "a".repeat(64 * 1024) + "\"}");

        assertThat(response.getStatusCode()).isEqualTo(413);
        assertThat(response.getHeaders().get("Content-Type")).startsWith("application/problem+json");
        assertThat(tickets.size()).isEqualTo(before);
    }

    @Test
    void descriptionOver4000Characters_isRefusedByName() {
        APIGatewayV2HTTPResponse response = post("{\"product\":\"TV-OLED55\",\"description\":\""
                + "a".repeat(4001) + "\"}");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).contains("description", "at most 4000");
    }

    private static APIGatewayV2HTTPResponse post(String body) {
        APIGatewayV2HTTPEvent event = function.event("ticket-intake", "post_ticket_valid.json",
                Map.of("TOKEN", TestTokens.shared().bearer(InMemoryTicketBeans.CUSTOMER, "customer"),
                        "IDEMPOTENCY_KEY", "key-" + System.nanoTime(), "PRODUCT", "TV-OLED55"));
        event.setBody(body);
        return function.send(event);
    }
}
