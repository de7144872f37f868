package com.penultimate.sysops.local.openapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * {@code /docs}: a browsable view of {@code /openapi.json} with Swagger UI, served from the swagger-ui webjar on
 * the classpath (no CDN, so it works offline). {@code /docs} answers the page; {@code /docs/<file>} the UI's
 * scripts and styles.
 */
public final class SwaggerUiHandler implements HttpHandler {
    static final String PREFIX = "/docs";
    private static final String PAGE = "openapi/docs.html";
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "css", "text/css",
            "html", "text/html; charset=utf-8", "png", "image/png", "map", "application/json");

    private final String assets;

    public SwaggerUiHandler() {
        this.assets = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain", "Method Not Allowed".getBytes());
                return;
            }
            String file = path.equals(PREFIX) || path.equals(PREFIX + "/") ? null : path.substring(PREFIX.length() + 1);
            if (file != null && (file.contains("..") || file.contains("/"))) {
                send(exchange, 404, "text/plain", "Not Found".getBytes());
                return;
            }
            byte[] content = resource(file == null ? PAGE : assets + file);
            if (content == null) {
                send(exchange, 404, "text/plain", "Not Found".getBytes());
                return;
            }
            String name = file == null ? PAGE : file;
            send(exchange, 200, TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1),
                    "application/octet-stream"), content);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SwaggerUiHandler.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static String webjarVersion() {
        try (InputStream in = SwaggerUiHandler.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
