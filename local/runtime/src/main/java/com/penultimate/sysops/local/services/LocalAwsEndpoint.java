package com.penultimate.sysops.local.services;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.penultimate.sysops.local.LoopbackServers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP endpoint on 127.0.0.1 that speaks enough of the AWS wire protocols for the real SDK v2 clients
 * (built with {@code endpointOverride}) to use SNS, SES v2, Step Functions and EventBridge locally. Requests are
 * signed by the SDK but not verified: any credentials do. A request no service here takes is refused with an
 * AWS-shaped 400 ({@code InvalidAction} for the query protocol, {@code UnknownOperationException} otherwise),
 * so a mis-pointed client fails loudly.
 */
public final class LocalAwsEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalAwsEndpoint.class);
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final List<AwsApi> apis;
    private final HttpServer server;
    private final ExecutorService workers;

    /** Binds {@code port} on 127.0.0.1 (0 for any free port); call {@link #start()} to serve. */
    public LocalAwsEndpoint(int port, List<AwsApi> apis) throws IOException {
        this.apis = List.copyOf(apis);
        this.server = LoopbackServers.create(port, 128);
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "local-aws-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::dispatch);
    }

    public void start() {
        server.start();
    }

    /** Where SDK clients point ({@code endpointOverride}), e.g. {@code http://127.0.0.1:4566}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Stops taking requests and lets those in flight finish, up to {@code graceSeconds}. */
    public void stop(int graceSeconds) throws InterruptedException {
        server.stop(graceSeconds);
        workers.shutdown();
        workers.awaitTermination(graceSeconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        stop(5);
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        AwsResponse response;
        try {
            AwsRequest request = read(exchange);
            response = answer(request);
        } catch (Exception e) {
            LOG.error("local AWS endpoint failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            response = AwsResponse.jsonError("application/json", new AwsError(500, "InternalFailure", e.toString()));
        }
        write(exchange, response);
    }

    private AwsResponse answer(AwsRequest request) throws Exception {
        AwsApi api = apis.stream().filter(a -> a.accepts(request)).findFirst().orElse(null);
        if (api == null) {
            return unknown(request);
        }
        try {
            return api.handle(request);
        } catch (AwsError e) {
            return api.error(e);
        } catch (JsonProcessingException e) {
            return api.error(AwsError.badRequest("SerializationException", "the request body is not valid JSON"));
        }
    }

    private AwsResponse unknown(AwsRequest request) {
        String what = request.method() + " " + request.path() + " " + request.target();
        if (request.isForm()) {
            String action = request.form().get("Action");
            return AwsResponse.of(400, "text/xml", "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code>"
                    + "<Message>The action " + action + " is not supported by the local AWS endpoint</Message></Error>"
                    + "</ErrorResponse>");
        }
        return AwsResponse.jsonError("application/json", AwsError.badRequest("UnknownOperationException",
                "The local AWS endpoint does not serve " + what.trim()));
    }

    private static AwsRequest read(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new IOException("request body over " + MAX_BODY_BYTES + " bytes");
        }
        return new AwsRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body);
    }

    private static void write(HttpExchange exchange, AwsResponse response) throws IOException {
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
