package com.penultimate.sysops.lambda.testing;

import com.penultimate.sysops.lambda.metrics.MetricsBeans;
import com.penultimate.sysops.lambda.metrics.MetricsSink;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

/** In the {@code test} environment, metrics are recorded instead of printed, so tests can read them back. */
@Factory
class RecordingMetricsBeans {

    @Singleton
    @Replaces(value = MetricsSink.class, factory = MetricsBeans.class)
    @Requires(env = Environment.TEST)
    RecordingMetricsSink recordingMetricsSink() {
        return new RecordingMetricsSink();
    }
}
