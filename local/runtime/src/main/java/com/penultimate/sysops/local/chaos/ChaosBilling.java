package com.penultimate.sysops.local.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.penultimate.sysops.local.auth.LocalTokenIssuer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The billing day of a chaos run: an administrator runs billing for the day the seeded contracts end (retrying a
 * 5xx), and the run waits until every contract is renewed or past due, so that the audit can look for charges
 * made twice.
 */
final class ChaosBilling {
    private final ChaosClient api;
    private final LocalTokenIssuer tokens;

    ChaosBilling(ChaosClient api, LocalTokenIssuer tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    void run(ChaosCast cast, Duration patience) {
        String admin = tokens.mint("chaos-admin", List.of("admin"), Duration.ofHours(1));
        String end = api.send("GET", "/customers/me/contracts", cast.customers().get(0).token(), null).json()
                .get(0).get("endDate").asText();
        ChaosClient.Answer run = api.send("POST", "/admin/billing/runs", admin, "{\"date\":\"" + end + "\"}");
        if (!run.ok()) {
            throw new IllegalStateException("chaos billing run answered " + run.status() + " " + run.json());
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline && !allBilled(cast, end)) {
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
    }

    private boolean allBilled(ChaosCast cast, String end) {
        for (ChaosCast.Customer customer : cast.customers()) {
            for (JsonNode contract : api.send("GET", "/customers/me/contracts", customer.token(), null).json()) {
                if (contract.get("endDate").asText().equals(end) && !contract.get("status").asText().equals("PAST_DUE")) {
                    return false;
                }
            }
        }
        return true;
    }
}
