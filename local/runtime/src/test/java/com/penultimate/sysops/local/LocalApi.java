package com.penultimate.sysops.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.List;

/** A small HTTP client for end-to-end tests against a running {@link LocalSystem}. */
public final class LocalApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public LocalApi(URI base) {
        this.base = base;
    }

    /** A response's status, headers and body (parsed when it is JSON). */
    public record Answer(int status, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + raw.body(), e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** Polls until the condition holds; the system is asynchronous by design (queues, workflow). */
    public static <T> T await(String what, Duration patience, Supplier<T> probe, Predicate<T> condition) {
        Instant deadline = Instant.now().plus(patience);
        T last = null;
        while (Instant.now().isBefore(deadline)) {
            last = probe.get();
            if (condition.test(last)) {
                return last;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new AssertionError("timed out waiting for " + what + "; last seen: " + last);
    }

    /** Waits for a message in {@code GET /local/outbox} that matches. */
    public JsonNode awaitOutbox(Duration patience, Predicate<JsonNode> condition) {
        return await("outbox message", patience, () -> {
            for (JsonNode message : send("GET", "/local/outbox", null, null).json()) {
                if (condition.test(message)) {
                    return message;
                }
            }
            return null;
        }, m -> m != null);
    }

    public String token(String subject, String... groups) {
        String body = JSON.createObjectNode().put("subject", subject).set("groups", JSON.valueToTree(List.of(groups)))
                .toString();
        return send("POST", "/local/tokens", null, body).json().get("token").asText();
    }

    public Answer send(String method, String path, String token, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
