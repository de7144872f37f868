package com.penultimate.sysops.bench.coldstart;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The JVM floor: a bare handler that answers a constant, loaded by the same launcher as the functions. */
public final class ConstantHandler implements RequestHandler<Object, String> {
    @Override
    public String handleRequest(Object event, Context context) {
        return "\"ok\"";
    }
}
