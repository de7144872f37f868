package com.penultimate.sysops.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penultimate.sysops.local.auth.LocalTokenIssuer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads the demo catalogue, experts and customers through the public HTTP API, as an administrator and the
 * customers themselves would, so the demo exercises the real functions. Already-present data (a restart
 * on a persistent data directory) is kept.
 */
public final class DemoData {
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final LocalTokenIssuer issuer;
    private final LocalDate today;

    public DemoData(URI base, LocalTokenIssuer issuer, LocalDate today) {
        this.base = base;
        this.issuer = issuer;
        this.today = today;
    }

    /** What was loaded: counts per kind. */
    public record Loaded(int products, int experts, int customers, int contracts) {
    }

    public Loaded load() throws IOException, InterruptedException {
        JsonNode demo;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo-data.json")) {
            demo = json.readTree(in);
        }
        String admin = token("admin-1", "admin");
        for (JsonNode product : demo.get("products")) {
            ObjectNode body = json.createObjectNode().put("name", product.get("name").asText());
            body.set("skills", product.get("skills"));
            send("PUT", "/admin/products/" + product.get("code").asText(), admin, body);
        }
        for (JsonNode expert : demo.get("experts")) {
            send("POST", "/admin/experts", admin, expert);
        }
        int contracts = 0;
        for (JsonNode customer : demo.get("customers")) {
            String token = token(customer.get("customerId").asText(), "customer");
            boolean isNew = send("POST", "/customers", token, customer.get("profile"));
            send("PUT", "/customers/me/payment-method", token,
                    json.createObjectNode().put("token", customer.get("paymentToken").asText()));
            if (isNew) {
                for (JsonNode contract : customer.get("contracts")) {
                    ObjectNode body = json.createObjectNode();
                    body.set("products", contract.get("products"));
                    body.put("startDate", today.plusDays(contract.get("startOffsetDays").asLong()).toString());
                    send("POST", "/customers/me/contracts", token, body);
                    contracts++;
                }
            }
        }
        return new Loaded(demo.get("products").size(), demo.get("experts").size(), demo.get("customers").size(),
                contracts);
    }

    private String token(String subject, String group) {
        return issuer.mint(subject, List.of(group), Duration.ofMinutes(10));
    }

    /** Sends one request; true when it created something, false when it was already there (409). */
    private boolean send(String method, String path, String token, JsonNode body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 409) {
            return false;
        }
        if (response.statusCode() >= 300) {
            throw new IOException("demo data: " + method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return true;
    }
}
