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
 * in several regions with room for every ticket, and customers with a contract covering the product.
 */
final class SpikeFixture {
    static final String PRODUCT = "BENCH-TV";
    private static final int EXPERT_CAPACITY = 20;
    private static final int REGIONS = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalApi api;
    private final List<String> customerTokens = new ArrayList<>();

    SpikeFixture(LocalApi api) {
        this.api = api;
    }

    /**
     * Seeds room for {@code tickets} offers and {@code customers} customers, spread over up to {@value #REGIONS}
     * regions two degrees apart (a metro area each, as a national service has): each region holds its customers and
     * enough experts, at {@value #EXPERT_CAPACITY} open tickets each, for every ticket its customers can file, plus
     * a few spare. Matching reads the experts near a ticket, so one region holding every expert would measure the
     * fixture, not intake.
     */
    SpikeFixture seed(int tickets, int customers) {
        String admin = api.token("bench-admin", "admin");
        expect(api.send("PUT", "/admin/products/" + PRODUCT, admin,
                "{\"name\":\"Benchmark television\",\"skills\":[\"tv\"]}"), "product");
        int regions = Math.max(1, Math.min(REGIONS, customers));
        int customersPerRegion = (customers + regions - 1) / regions;
        // customerFor(i) deals tickets round-robin, so no customer files more than tickets / customers + 1 of them
        // in the warm-up and again in the spike.
        int ticketsPerRegion = customersPerRegion * (tickets / customers + 2);
        int expertsPerRegion = ticketsPerRegion / EXPERT_CAPACITY + 3;
        int expert = 0;
        for (int region = 0; region < regions; region++) {
            for (int k = 0; k < expertsPerRegion; k++, expert++) {
                // Homes within ~5 km of the centre, each serving 15 km around it: every customer of the region is
                // inside every area of the region and no other region's.
                double lat = latitude(region) + (k % 5 - 2) * 0.01;
                double lon = longitude(region) + (k / 5 % 5 - 2) * 0.01;
                expect(api.send("POST", "/admin/experts", admin, String.format(Locale.ROOT, """
                        {"expertId":"bx-%05d","name":"Bench Expert %d","phone":"+1312555%04d",
                         "email":"bx%d@sysops.example","skills":["tv"],"homeLocation":{"lat":%.4f,"lon":%.4f},
                         "serviceArea":{"center":{"lat":%.4f,"lon":%.4f},"radiusKm":15},
                         "capacity":%d,"available":true}""", expert, expert, expert % 10_000, expert, lat, lon,
                        lat, lon, EXPERT_CAPACITY)), "expert");
            }
        }
        for (int i = 0; i < customers; i++) {
            int region = i % regions;
            String token = api.token(String.format(Locale.ROOT, "bench-cust-%03d", i), "customer");
            expect(api.send("POST", "/customers", token, String.format(Locale.ROOT, """
                    {"name":"Bench Customer %d","email":"bc%d@example.com","phone":"+1312556%04d",
                     "notificationPreference":"EMAIL",
                     "address":{"line1":"%d Main St","city":"Benchville","postalCode":"60601","country":"US"},
                     "location":{"lat":%.4f,"lon":%.4f}}""", i, i, i, i + 1,
                    latitude(region) + (i / regions % 3 - 1) * 0.01, longitude(region))), "customer");
            expect(api.send("PUT", "/customers/me/payment-method", token, "{\"token\":\"tok_visa_success\"}"),
                    "payment method");
            ObjectNode contract = JSON.createObjectNode().put("startDate", LocalDate.now().toString());
            contract.putArray("products").add(PRODUCT);
            expect(api.send("POST", "/customers/me/contracts", token, contract.toString()), "contract");
            customerTokens.add(token);
        }
        System.out.printf(Locale.ROOT, "fixture: %d regions, %d experts (%d each), %d customers%n", regions, expert,
                expertsPerRegion, customers);
        return this;
    }

    /** Region centres on a 4-wide grid two degrees apart, each in the middle of a 0.5° lookup cell. */
    private static double latitude(int region) {
        return 33.25 + (region / 4 % 4) * 2.0;
    }

    private static double longitude(int region) {
        return -117.75 + (region % 4) * 2.0 + (region / 16) * 10.0;
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
