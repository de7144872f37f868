package com.penultimate.sysops.local.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.LoopbackServers;
import com.penultimate.sysops.local.auth.LocalTokenIssuer;
import com.penultimate.sysops.local.lambda.LocalFunction;
import com.penultimate.sysops.local.template.HttpRoute;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local HTTP API: routes from the template to the functions' handlers as payload 2.0 events, the JWT
 * authorizer in front of them, and the local-only endpoints beside them. Listens on 127.0.0.1.
 */
public final class LocalApiGateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalApiGateway.class);

    private final ObjectMapper json = new ObjectMapper();
    private final ApiEvents events = new ApiEvents(json);
    private final List<Binding> bindings = new ArrayList<>();
    private final List<LocalEndpoint> endpoints = new ArrayList<>();
    private final LocalTokenIssuer issuer;
    private final HttpServer server;
    private final ExecutorService workers;

    private record Binding(HttpRoute route, LocalFunction function) {
    }

    public LocalApiGateway(int port, LocalTokenIssuer issuer, int threads) throws IOException {
        this.issuer = issuer;
        this.server = LoopbackServers.create(port, 256);
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "api-gateway");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::dispatch);
    }

    public void bind(LocalFunction function) {
        function.spec().routes().forEach(route -> bindings.add(new Binding(route, function)));
    }

    public void add(LocalEndpoint endpoint) {
        endpoints.add(endpoint);
    }

    /** Hands every request under {@code prefix} (a local-only path, such as the API docs) to {@code handler}. */
    public void serve(String prefix, HttpHandler handler) {
        server.createContext(prefix, handler);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops taking requests, lets in-flight ones finish (up to {@code graceSeconds}), then stops. */
    public void stop(int graceSeconds) {
        server.stop(graceSeconds);
        workers.shutdown();
        try {
            workers.awaitTermination(graceSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(5);
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            byte[] body = HttpExchanges.body(exchange);
            if (body == null) {
                HttpExchanges.gatewayMessage(exchange, 413, "Request Entity Too Large");
                return;
            }
            for (LocalEndpoint endpoint : endpoints) {
                if (endpoint.method().equals(method) && endpoint.path().equals(path)) {
                    LocalEndpoint.Answer answer = endpoint.handle(body);
                    HttpExchanges.respond(exchange, answer.status(), "application/json", answer.json());
                    return;
                }
            }
            for (Binding binding : bindings) {
                Optional<Map<String, String>> parameters = binding.route().match(method, path);
                if (parameters.isPresent()) {
                    invoke(exchange, binding, parameters.get(), body);
                    return;
                }
            }
            HttpExchanges.gatewayMessage(exchange, 404, "Not Found");
        } catch (Exception e) {
            LOG.error("local gateway failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            HttpExchanges.gatewayMessage(exchange, 500, "Internal Server Error");
        }
    }

    private void invoke(HttpExchange exchange, Binding binding, Map<String, String> parameters, byte[] body)
            throws Exception {
        Map<String, Object> claims = null;
        if (binding.route().authorized()) {
            Optional<Map<String, Object>> verified = issuer.authorize(exchange.getRequestHeaders().getFirst("Authorization"));
            if (verified.isEmpty()) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                HttpExchanges.gatewayMessage(exchange, 401, "Unauthorized");
                return;
            }
            claims = verified.get();
        }
        String event = json.writeValueAsString(events.event(exchange, binding.route(), parameters, body, claims));
        LocalFunction function = binding.function();
        String answer = function.invoke(event, function.newInvocation());
        write(exchange, json.readTree(answer));
    }

    private static void write(HttpExchange exchange, JsonNode response) throws IOException {
        // A handler may fill both maps with the same headers; the multi-value one, when present, is complete.
        JsonNode multi = response.path("multiValueHeaders");
        if (multi.isObject() && multi.size() > 0) {
            multi.fields().forEachRemaining(h -> h.getValue()
                    .forEach(v -> exchange.getResponseHeaders().add(h.getKey(), v.asText())));
        } else {
            response.path("headers").fields().forEachRemaining(h ->
                    exchange.getResponseHeaders().set(h.getKey(), h.getValue().asText()));
        }
        response.path("cookies").forEach(c -> exchange.getResponseHeaders().add("Set-Cookie", c.asText()));
        int status = response.path("statusCode").asInt(200);
        String body = response.path("body").asText("");
        byte[] bytes = response.path("isBase64Encoded").asBoolean(false)
                ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        HttpExchanges.respond(exchange, status, null, bytes);
    }
}
