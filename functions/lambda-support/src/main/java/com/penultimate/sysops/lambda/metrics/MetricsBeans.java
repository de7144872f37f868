package com.penultimate.sysops.lambda.metrics;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The metrics sink every function shares; each function makes its own {@link BusinessMetrics} from it. */
@Factory
public class MetricsBeans {

    @Singleton
    MetricsSink metricsSink() {
        return MetricsSink.standardOut();
    }
}
