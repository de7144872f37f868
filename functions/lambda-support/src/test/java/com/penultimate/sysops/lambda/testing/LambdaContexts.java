package com.penultimate.sysops.lambda.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;
import java.util.HashMap;
import java.util.Map;

/**
 * Application contexts built the way the Lambda runtime builds a function's (environments {@code function}
 * and {@code lambda}, every singleton created at start), plus the {@code test} environment and a region,
 * so a test sees the same wiring failures a cold start would.
 */
public final class LambdaContexts {
    private LambdaContexts() {
    }

    /** A started context with {@code properties} on top of the function's own configuration. */
    public static ApplicationContext start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.putIfAbsent("sysops.aws.region", "us-east-1");
        return new LambdaApplicationContextBuilder().environments("test").properties(all).start();
    }
}
