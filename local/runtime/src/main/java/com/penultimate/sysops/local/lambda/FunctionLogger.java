package com.penultimate.sysops.local.lambda;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A function's {@link LambdaLogger} in the local runtime: its lines at INFO on a logger named after it. */
public final class FunctionLogger implements LambdaLogger {
    private final Logger log;

    public FunctionLogger(String functionName) {
        this.log = LoggerFactory.getLogger(functionName);
    }

    @Override
    public void log(String message) {
        log.info(message);
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
    }
}
