package com.penultimate.sysops.local.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penultimate.sysops.local.template.HttpRoute;
import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Builds the API Gateway HTTP API (payload 2.0) event that a request becomes, as AWS documents it. */
final class ApiEvents {
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ObjectMapper json;

    ApiEvents(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode event(HttpExchange exchange, HttpRoute route, Map<String, String> pathParameters, byte[] body,
                     Map<String, Object> claims) {
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        ObjectNode event = json.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", route.routeKey());
        event.put("rawPath", rawPath);
        event.put("rawQueryString", rawQuery == null ? "" : rawQuery);
        ObjectNode headers = event.putObject("headers");
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("cookie")) {
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values));
            }
        });
        List<String> cookies = exchange.getRequestHeaders().get("Cookie");
        if (cookies != null) {
            ArrayNode array = event.putArray("cookies");
            cookies.forEach(c -> List.of(c.split(";\\s*")).forEach(array::add));
        }
        if (rawQuery != null && !rawQuery.isEmpty()) {
            ObjectNode query = event.putObject("queryStringParameters");
            query(rawQuery).forEach(query::put);
        }
        if (!pathParameters.isEmpty()) {
            ObjectNode path = event.putObject("pathParameters");
            pathParameters.forEach(path::put);
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        context.put("domainName", exchange.getRequestHeaders().getFirst("Host"));
        context.put("domainPrefix", "local");
        context.put("requestId", UUID.randomUUID().toString());
        context.put("routeKey", route.routeKey());
        context.put("stage", "$default");
        Instant now = Instant.now();
        context.put("time", REQUEST_TIME.format(now));
        context.put("timeEpoch", now.toEpochMilli());
        ObjectNode http = context.putObject("http");
        http.put("method", exchange.getRequestMethod());
        http.put("path", rawPath);
        http.put("protocol", exchange.getProtocol());
        http.put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress());
        http.put("userAgent", exchange.getRequestHeaders().getFirst("User-Agent"));
        if (claims != null) {
            ObjectNode jwt = context.putObject("authorizer").putObject("jwt");
            jwt.set("claims", json.valueToTree(claims));
            jwt.putArray("scopes");
        }
        if (body.length > 0) {
            if (isText(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                event.put("body", new String(body, StandardCharsets.UTF_8));
                event.put("isBase64Encoded", false);
            } else {
                event.put("body", Base64.getEncoder().encodeToString(body));
                event.put("isBase64Encoded", true);
            }
        } else {
            event.put("isBase64Encoded", false);
        }
        return event;
    }

    /** Repeated query parameters are joined with commas, as payload 2.0 does. */
    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static boolean isText(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("x-www-form-urlencoded");
    }
}
