package com.penultimate.sysops.lambda.settings;

import com.penultimate.sysops.core.port.IdGenerator;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock and id generator every function shares. */
@Factory
public class CommonBeans {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    IdGenerator ids() {
        return IdGenerator.random();
    }
}
