package com.penultimate.sysops.bench.coldstart;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;

/** A cold function's {@link LambdaLogger}: its lines on standard error, which the benchmark keeps in a log file. */
final class StandardErrorLogger implements LambdaLogger {

    @Override
    public void log(String message) {
        System.err.println(message);
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
    }
}
