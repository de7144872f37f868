package com.penultimate.sysops.lambda.testing;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.IntSupplier;

/**
 * A Lambda context for in-process invocations: a fresh request id and, unless told otherwise, 15 s left.
 * The remaining time counts down on the given clock, or follows what the test says, so a test can let an
 * invocation run out of time.
 */
public final class TestLambdaContext implements Context {
    private final String requestId = UUID.randomUUID().toString();
    private final IntSupplier remainingMillis;

    public TestLambdaContext() {
        this(Duration.ofSeconds(15), Clock.systemUTC());
    }

    public TestLambdaContext(Duration remaining, Clock clock) {
        Instant deadline = clock.instant().plus(remaining);
        this.remainingMillis = () -> (int) Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
    }

    /** Remaining time as the test decides, e.g. running out once some work is done. */
    public TestLambdaContext(IntSupplier remainingMillis) {
        this.remainingMillis = remainingMillis;
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/test";
    }

    @Override
    public String getLogStreamName() {
        return "test";
    }

    @Override
    public String getFunctionName() {
        return "test";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:000000000000:function:test";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return remainingMillis.getAsInt();
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                org.slf4j.LoggerFactory.getLogger("lambda").info(message);
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
