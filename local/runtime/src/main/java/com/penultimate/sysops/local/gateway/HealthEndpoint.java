package com.penultimate.sysops.local.gateway;

import java.util.concurrent.atomic.AtomicReference;

/** {@code GET /health}: 200 once every function is wired and the demo data is loaded, 503 before. */
public final class HealthEndpoint implements LocalEndpoint {
    private final AtomicReference<String> ready = new AtomicReference<>();

    /** Marks the system ready with a JSON summary of what is running. */
    public void ready(String summaryJson) {
        ready.set(summaryJson);
    }

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String path() {
        return "/health";
    }

    @Override
    public Answer handle(byte[] body) {
        String summary = ready.get();
        return summary == null ? new Answer(503, "{\"status\":\"STARTING\"}") : new Answer(200, summary);
    }
}
