package com.penultimate.sysops.http.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * An AWS call that failed after the SDK's retries: when the service was throttling us or did not answer in time
 * ({@link SdkFailures#isBusy}), 503 with {@code Retry-After}, so clients back off instead of waiting on a request
 * that hangs; any other failure is a 500 whose detail names nothing of ours. Both are logged by error class only.
 */
@Singleton
public final class StoreBusyHandler implements ExceptionHandler<SdkException, HttpResponse<?>> {
    /** Seconds a client is asked to wait: long enough for a throttled partition or a retry storm to ease. */
    static final int RETRY_AFTER_SECONDS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(StoreBusyHandler.class);

    private final ProblemResponses problems;

    public StoreBusyHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, SdkException exception) {
        if (SdkFailures.isBusy(exception)) {
            LOG.warn("AWS service busy, answered 503: {} {} error={}", request.getMethodName(), request.getPath(),
                    exception.getClass().getSimpleName());
            return problems.respond(Problem.of("service-busy", "Service Unavailable", 503,
                            "the service is busy; retry after " + RETRY_AFTER_SECONDS + " seconds"))
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        }
        LOG.error("AWS call failed, answered 500: {} {} error={}", request.getMethodName(), request.getPath(),
                exception.getClass().getSimpleName(), exception);
        return problems.respond(Problem.of("http-500", "Internal Server Error", 500,
                "the request could not be completed; it was logged"));
    }
}
