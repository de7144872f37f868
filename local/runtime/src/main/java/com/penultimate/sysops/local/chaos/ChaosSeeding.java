package com.penultimate.sysops.local.chaos;

import com.penultimate.sysops.local.auth.LocalTokenIssuer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds a chaos run through the API, retrying as a client would (a 409 after a retried 5xx means the first
 * attempt got through): one product, experts around Chicago, customers each with a contract and a card.
 */
final class ChaosSeeding {
    private final ChaosClient api;
    private final LocalTokenIssuer tokens;
    private final LocalDate today;

    ChaosSeeding(ChaosClient api, LocalTokenIssuer tokens, LocalDate today) {
        this.api = api;
        this.tokens = tokens;
        this.today = today;
    }

    ChaosCast seed(int experts, int customers) {
        String admin = tokens.mint("chaos-admin", List.of("admin"), Duration.ofHours(6));
        expect(api.send("PUT", "/admin/products/" + ChaosRun.PRODUCT, admin,
                "{\"name\":\"Chaos TV\",\"skills\":[\"ch-tv\"]}"), "the product");
        Map<String, String> phones = new LinkedHashMap<>();
        for (int i = 0; i < experts; i++) {
            String id = "chaos-exp-" + i;
            String phone = String.format("+1312600%04d", i);
            double lat = 41.80 + (i % 10) * 0.02;
            expect(api.send("POST", "/admin/experts", admin, """
                    {"expertId":"%s","name":"Chaos Expert %d","phone":"%s","email":"%s@sysops.example",
                     "skills":["ch-tv"],"homeLocation":{"lat":%.2f,"lon":-87.63},
                     "serviceArea":{"center":{"lat":41.88,"lon":-87.63},"radiusKm":60},"capacity":3,"available":true}"""
                    .formatted(id, i, phone, id, lat)), id);
            phones.put(id, phone);
        }
        List<ChaosCast.Customer> cast = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            String id = "chaos-cust-" + i;
            String token = tokens.mint(id, List.of("customer"), Duration.ofHours(6));
            String email = id + "@example.com";
            String phone = String.format("+1312700%04d", i);
            expect(api.send("POST", "/customers", token, """
                    {"name":"Chaos Customer %d","email":"%s","phone":"%s","notificationPreference":"%s",
                     "address":{"line1":"%d Lake St","city":"Chicago","postalCode":"60601","country":"US"},
                     "location":{"lat":41.881,"lon":-87.631}}"""
                    .formatted(i, email, phone, i % 2 == 0 ? "EMAIL" : "SMS", i + 1)), id);
            expect(api.send("PUT", "/customers/me/payment-method", token, "{\"token\":\"tok_chaos_" + i + "\"}"),
                    id + "'s card");
            if (api.send("GET", "/customers/me/contracts", token, null).json().isEmpty()) {
                expect(api.send("POST", "/customers/me/contracts", token, "{\"products\":[\"" + ChaosRun.PRODUCT
                        + "\"],\"startDate\":\"" + today + "\"}"), id + "'s contract");
            }
            cast.add(new ChaosCast.Customer(id, token, email, phone));
        }
        return new ChaosCast(cast, phones);
    }

    private static void expect(ChaosClient.Answer answer, String what) {
        boolean firstGotThrough = answer.status() == 409 && answer.retried();
        if (!answer.ok() && !firstGotThrough) {
            throw new IllegalStateException("chaos seeding: " + what + " answered " + answer.status() + " "
                    + answer.json());
        }
    }
}
