package com.penultimate.sysops.local.gateway;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Reading and answering JDK HTTP server exchanges. */
final class HttpExchanges {
    /** API Gateway's HTTP API refuses bodies over 10 MB; this local one is stricter, so tests see the limit. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private HttpExchanges() {
    }

    /** The request body, or null when it is larger than {@link #MAX_BODY_BYTES}. */
    static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        respond(exchange, status, contentType, bytes);
    }

    static void respond(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    /** API Gateway's own answers are small JSON messages, e.g. {@code {"message":"Unauthorized"}}. */
    static void gatewayMessage(HttpExchange exchange, int status, String message) throws IOException {
        respond(exchange, status, "application/json", "{\"message\":\"" + message + "\"}");
    }
}
