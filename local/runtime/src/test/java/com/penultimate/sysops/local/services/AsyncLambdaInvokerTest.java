package com.penultimate.sysops.local.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.local.asl.ManualWorkflowClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AsyncLambdaInvokerTest {
    private final ManualWorkflowClock clock = new ManualWorkflowClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void failedInvocation_isRetriedAfterLambdasDelays_thenGivenUp() throws Exception {
        AsyncLambdaInvoker async = new AsyncLambdaInvoker((function, event) -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("always failing");
        }, clock, new CallerRunsExecutor(), AsyncLambdaInvoker.LAMBDA_RETRY_DELAYS);

        async.submit("Fn", "{}");
        assertThat(attempts).hasValue(1);
        clock.advance(Duration.ofSeconds(59));
        assertThat(attempts).hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts).hasValue(2);
        clock.advance(Duration.ofMinutes(2));
        assertThat(attempts).hasValue(3);
        clock.advance(Duration.ofHours(1));

        assertThat(attempts).hasValue(3);
        assertThat(async.pending()).isZero();
        assertThat(async.waitingRetries()).isZero();
    }

    @Test
    void invocationThatSucceedsOnRetry_isNotTriedAgain() throws Exception {
        AsyncLambdaInvoker async = new AsyncLambdaInvoker((function, event) -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("first time unlucky");
            }
            return "{}";
        }, clock, new CallerRunsExecutor(), AsyncLambdaInvoker.LAMBDA_RETRY_DELAYS);

        async.submit("Fn", "{}");
        clock.advance(Duration.ofHours(1));

        assertThat(attempts).hasValue(2);
    }

    @Test
    void close_callsOffWaitingRetries_andRefusesNewInvocations() throws Exception {
        AsyncLambdaInvoker async = new AsyncLambdaInvoker((function, event) -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("failing");
        }, clock, new CallerRunsExecutor(), List.of(Duration.ofMinutes(1)));
        async.submit("Fn", "{}");
        assertThat(async.waitingRetries()).isEqualTo(1);

        assertThat(async.close(Duration.ofSeconds(1))).isTrue();
        clock.advance(Duration.ofMinutes(5));

        assertThat(attempts).hasValue(1);
        assertThatThrownBy(() -> async.submit("Fn", "{}")).isInstanceOf(RejectedExecutionException.class);
    }
}
