package com.penultimate.sysops.local.metering;

import com.penultimate.sysops.local.LoopbackServers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP pass-through on 127.0.0.1 in front of a local engine (DynamoDB Local, ElasticMQ) that shows each
 * request and response to a {@link WireMeter}. Clients point at {@link #endpoint()} instead of the engine. A
 * rewritten response keeps a valid {@code x-amz-crc32}, which the DynamoDB SDK checks.
 */
public final class MeteringProxy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MeteringProxy.class);
    private static final Set<String> HOP_BY_HOP = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding", "keep-alive");

    private final URI target;
    private final WireMeter meter;
    private final HttpServer server;
    private final ExecutorService workers;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private MeteringProxy(URI target, WireMeter meter, String name) throws IOException {
        this.target = target;
        this.meter = meter;
        this.server = LoopbackServers.create(0, 256);
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(32, r -> {
            Thread t = new Thread(r, name + "-meter-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::forward);
    }

    /** Starts a proxy to {@code target} on a free port. */
    public static MeteringProxy start(URI target, WireMeter meter, String name) throws IOException {
        MeteringProxy proxy = new MeteringProxy(target, meter, name);
        proxy.server.start();
        return proxy;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(1);
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            WireMeter.Exchange metered = meter.request(operation(exchange, body), body);
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI()))
                    .timeout(Duration.ofSeconds(60))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(metered.body()));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] answer = metered.response(response.statusCode(), response.body());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            if (!Arrays.equals(answer, response.body()) && response.headers().firstValue("x-amz-crc32").isPresent()) {
                CRC32 crc = new CRC32();
                crc.update(answer);
                exchange.getResponseHeaders().set("x-amz-crc32", Long.toString(crc.getValue()));
            }
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(503, -1);
        } catch (IOException | RuntimeException e) {
            LOG.warn("metering proxy to {} failed on {}", target, exchange.getRequestURI(), e);
            exchange.sendResponseHeaders(502, -1);
        }
    }

    /** {@code X-Amz-Target}'s operation (after the dot), else the form's {@code Action}, else "". */
    static String operation(HttpExchange exchange, byte[] body) {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target != null) {
            return target.substring(target.indexOf('.') + 1);
        }
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.startsWith("Action=")) {
                return URLDecoder.decode(pair.substring("Action=".length()), StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
