package com.penultimate.sysops.http.limits;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.penultimate.sysops.http.problem.Problem;
import com.penultimate.sysops.http.problem.ProblemResponses;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.servlet.http.ServletHttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a request whose body is larger than {@code sysops.http.max-body-bytes} (64 KiB unless configured) with
 * 413 problem+json before the controller runs. No request of this API needs more: the longest field is 4,000
 * characters.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RequestBodyLimit {
    public static final int DEFAULT_MAX_BYTES = 64 * 1024;

    private final ProblemResponses problems;
    private final long maxBytes;

    public RequestBodyLimit(ProblemResponses problems,
                            @Value("${sysops.http.max-body-bytes:" + DEFAULT_MAX_BYTES + "}") long maxBytes) {
        this.problems = problems;
        this.maxBytes = maxBytes;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> refuseOversizedBody(HttpRequest<?> request) {
        if (bodyBytes(request) <= maxBytes) {
            return null;
        }
        return problems.respond(Problem.of("payload-too-large", "Payload too large", 413,
                "the request body must be at most " + maxBytes + " bytes"));
    }

    /** The body's size from the API Gateway event itself: its Content-Length header is only the client's claim. */
    private long bodyBytes(HttpRequest<?> request) {
        if (request instanceof ServletHttpRequest<?, ?> servlet
                && servlet.getNativeRequest() instanceof APIGatewayV2HTTPEvent event) {
            String body = event.getBody();
            if (body == null) {
                return 0;
            }
            if (event.getIsBase64Encoded()) {
                return body.length() / 4L * 3L;
            }
            // Every character takes at least one UTF-8 byte: a body longer than the limit is not encoded to measure.
            return body.length() > maxBytes ? body.length() : body.getBytes(StandardCharsets.UTF_8).length;
        }
        return request.getContentLength();
    }
}
