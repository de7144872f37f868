package com.penultimate.sysops.local.openapi;

import com.penultimate.sysops.local.gateway.LocalEndpoint;

/** {@code GET /openapi.json}: the merged OpenAPI document of every HTTP function (no token needed). */
public final class OpenApiEndpoint implements LocalEndpoint {
    private final String json;

    public OpenApiEndpoint(String json) {
        this.json = json;
    }

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String path() {
        return "/openapi.json";
    }

    @Override
    public Answer handle(byte[] body) {
        return new Answer(200, json);
    }
}
