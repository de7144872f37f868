package com.penultimate.sysops.bench.spike;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penultimate.sysops.local.LocalApi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a spike needs, seeded through the public API as an administrator and customers would: one product, experts
 * over Chicago with room for every ticket, and customers with a contract covering the product.
 */
final class SpikeFixture {
    static final String PRODUCT = "BENCH-TV";
    private static final int EXPERT_CAPACITY = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalApi api;
    private final List<String> customerTokens = new ArrayList<>();

    SpikeFixture(LocalApi api) {
        this.api = api;
    }

    /** Seeds room for {@code tickets} offers (a few experts spare) and {@code customers} customers. */
    SpikeFixture seed(int tickets, int customers) {
        String admin = api.token("bench-admin", "admin");
        expect(api.send("PUT", "/admin/products/" + PRODUCT, admin,
                "{\"name\":\"Benchmark television\",\"skills\":[\"tv\"]}"), "product");
        int experts = tickets / EXPERT_CAPACITY + 10;
        for (int i = 0; i < experts; i++) {
            // Spread over ~20 km around the Loop, each serving 40 km: every customer is inside every area.
            double lat = 41.80 + (i % 20) * 0.01;
            double lon = -87.75 + (i / 20 % 20) * 0.01;
            expect(api.send("POST", "/admin/experts", admin, String.format(Locale.ROOT, """
                    {"expertId":"bx-%05d","name":"Bench Expert %d","phone":"+1312555%04d",
                     "email":"bx%d@sysops.example","skills":["tv"],"homeLocation":{"lat":%.4f,"lon":%.4f},
                     "serviceArea":{"center":{"lat":41.88,"lon":-87.63},"radiusKm":40},
                     "capacity":%d,"available":true}""", i, i, i % 10_000, i, lat, lon, EXPERT_CAPACITY)), "expert");
        }
        for (int i = 0; i < customers; i++) {
            String token = api.token(String.format(Locale.ROOT, "bench-cust-%03d", i), "customer");
            expect(api.send("POST", "/customers", token, String.format(Locale.ROOT, """
                    {"name":"Bench Customer %d","email":"bc%d@example.com","phone":"+1312556%04d",
                     "notificationPreference":"EMAIL",
                     "address":{"line1":"%d Main St","city":"Chicago","postalCode":"60601","country":"US"},
                     "location":{"lat":%.4f,"lon":-87.63}}""", i, i, i, i + 1, 41.85 + (i % 10) * 0.01)), "customer");
            expect(api.send("PUT", "/customers/me/payment-method", token, "{\"token\":\"tok_visa_success\"}"),
                    "payment method");
            ObjectNode contract = JSON.createObjectNode().put("startDate", LocalDate.now().toString());
            contract.putArray("products").add(PRODUCT);
            expect(api.send("POST", "/customers/me/contracts", token, contract.toString()), "contract");
            customerTokens.add(token);
        }
        return this;
    }

    /** The token of the customer filing the {@code i}-th ticket. */
    String customerFor(int i) {
        return customerTokens.get(i % customerTokens.size());
    }

    static void expect(LocalApi.Answer answer, String what) {
        if (answer.status() >= 300) {
            throw new IllegalStateException(what + ": " + answer.status() + " " + answer.raw().body());
        }
    }
}
