package com.penultimate.sysops.local.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.gateway.LocalEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class OutboxEndpointTest {
    private final Outbox outbox = new Outbox(Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC));
    private final OutboxEndpoint endpoint = new OutboxEndpoint(outbox);

    @Test
    void get_listsEveryMessageNewestLast_withoutASubjectWhenThereIsNone() throws Exception {
        outbox.record(OutboxMessage.Channel.SMS, "+13125550101", null, "Ticket T1 offered to you");
        outbox.record(OutboxMessage.Channel.EMAIL, "zoe@example.com", "Your ticket", "On the way");

        LocalEndpoint.Answer answer = endpoint.handle(new byte[0]);
        JsonNode messages = new ObjectMapper().readTree(answer.json());

        assertThat(endpoint.method()).isEqualTo("GET");
        assertThat(endpoint.path()).isEqualTo("/local/outbox");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).path("channel").asText()).isEqualTo("SMS");
        assertThat(messages.get(0).path("to").asText()).isEqualTo("+13125550101");
        assertThat(messages.get(0).has("subject")).isFalse();
        assertThat(messages.get(0).path("body").asText()).isEqualTo("Ticket T1 offered to you");
        assertThat(messages.get(0).path("sentAt").asText()).isEqualTo("2025-03-01T09:00:00Z");
        assertThat(messages.get(1).path("channel").asText()).isEqualTo("EMAIL");
        assertThat(messages.get(1).path("subject").asText()).isEqualTo("Your ticket");
    }

    @Test
    void await_returnsOnceAMessageArrivesFromAnotherThread() throws Exception {
        CompletableFuture<Void> sender = CompletableFuture.runAsync(() ->
                outbox.record(OutboxMessage.Channel.SMS, "+13125550101", null, "hello"));

        assertThat(outbox.await(all -> all.size() == 1, Duration.ofSeconds(10))).isTrue();
        sender.join();
    }

    @Test
    void await_givesUpAfterTheTimeout() throws Exception {
        assertThat(outbox.await(all -> !all.isEmpty(), Duration.ofMillis(50))).isFalse();
    }

    @Test
    void latestTo_findsTheNewestMessageToThatAddressOnThatChannel() {
        outbox.record(OutboxMessage.Channel.SMS, "+13125550101", null, "first");
        OutboxMessage second = outbox.record(OutboxMessage.Channel.SMS, "+13125550101", null, "second");
        outbox.record(OutboxMessage.Channel.SMS, "+13125550102", null, "other");

        assertThat(outbox.latestTo(OutboxMessage.Channel.SMS, "+13125550101")).contains(second);
        assertThat(outbox.latestTo(OutboxMessage.Channel.EMAIL, "+13125550101")).isEmpty();
    }
}
