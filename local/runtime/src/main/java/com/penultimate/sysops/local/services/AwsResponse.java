package com.penultimate.sysops.local.services;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;

/**
 * An answer of the local AWS endpoint.
 *
 * @param status      the HTTP status
 * @param contentType its content type
 * @param body        its body
 * @param headers     further headers (e.g. {@code x-amzn-ErrorType})
 */
public record AwsResponse(int status, String contentType, String body, Map<String, String> headers) {

    public AwsResponse {
        headers = Map.copyOf(headers);
    }

    public static AwsResponse of(int status, String contentType, String body) {
        return new AwsResponse(status, contentType, body, Map.of());
    }

    /** A JSON-protocol error: {@code {"__type": code, "message": ...}}, the code also in {@code x-amzn-ErrorType}. */
    public static AwsResponse jsonError(String contentType, AwsError error) {
        String body = JsonNodeFactory.instance.objectNode().put("__type", error.code())
                .put("message", error.getMessage()).toString();
        return new AwsResponse(error.status(), contentType, body, Map.of("x-amzn-ErrorType", error.code()));
    }
}
