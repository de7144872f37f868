package com.penultimate.sysops.local.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The HTTP API as a well-behaved client uses it: a 5xx answer (the function failed or timed out) is retried with
 * the same request, headers included (so an {@code Idempotency-Key} is reused), with a short backoff.
 */
final class ChaosClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 10;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final AtomicLong retries = new AtomicLong();

    ChaosClient(URI base) {
        this.base = base;
    }

    /** An answer: the status, the JSON body (missing when the body is not JSON), and whether a 5xx came first. */
    record Answer(int status, JsonNode json, boolean retried) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** Sends, retrying 5xx answers; the last answer if every attempt failed. */
    Answer send(String method, String path, String token, String body, String... headers) {
        boolean retried = false;
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = once(method, path, token, body, headers);
            if (response.statusCode() < 500 || attempt == ATTEMPTS) {
                return new Answer(response.statusCode(), parse(response.body()), retried);
            }
            retried = true;
            retries.incrementAndGet();
            LockSupport.parkNanos(Duration.ofMillis(20L * attempt).toNanos());
        }
    }

    /** How many 5xx answers were retried. */
    long retries() {
        return retries.get();
    }

    private HttpResponse<String> once(String method, String path, String token, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
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
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.missingNode();
        }
    }
}
