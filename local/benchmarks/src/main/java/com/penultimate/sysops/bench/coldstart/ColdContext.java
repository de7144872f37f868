package com.penultimate.sysops.bench.coldstart;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The invocation context a cold function gets, as Lambda passes one to every invocation: its name from
 * {@code AWS_LAMBDA_FUNCTION_NAME}, its time left counted down from {@value #TIMEOUT_VARIABLE} seconds, and a
 * logger writing to standard error. Handlers that check the time they have left before a batch need it.
 */
final class ColdContext implements Context, LambdaLogger {
    static final String TIMEOUT_VARIABLE = "COLDSTART_TIMEOUT_SECONDS";

    private final String requestId = UUID.randomUUID().toString();
    private final long deadlineNanos;
    private final String functionName;

    ColdContext() {
        String timeout = System.getenv(TIMEOUT_VARIABLE);
        this.deadlineNanos = System.nanoTime() + (timeout == null ? 30L : Long.parseLong(timeout)) * 1_000_000_000L;
        String name = System.getenv("AWS_LAMBDA_FUNCTION_NAME");
        this.functionName = name == null ? "coldstart" : name;
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "coldstart";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + functionName;
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
        return (int) Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return this;
    }

    @Override
    public void log(String message) {
        System.err.println(message);
    }

    @Override
    public void log(byte[] message) {
        System.err.println(new String(message, StandardCharsets.UTF_8));
    }
}
