package com.penultimate.sysops.http.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writes problems as {@code application/problem+json} responses. */
@Singleton
public final class ProblemResponses {
    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public MutableHttpResponse<String> respond(Problem problem) {
        return write(HttpResponse.status(io.micronaut.http.HttpStatus.valueOf(problem.status())), problem);
    }

    public MutableHttpResponse<String> write(MutableHttpResponse<?> base, Problem problem) {
        try {
            String body = new String(json.writeValueAsBytes(problem), StandardCharsets.UTF_8);
            return base.status(problem.status()).contentType(Problem.MEDIA_TYPE).body(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
