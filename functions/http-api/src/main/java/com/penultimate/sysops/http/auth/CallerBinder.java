package com.penultimate.sysops.http.auth;

import com.penultimate.sysops.core.identity.Caller;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Lets a controller take a verified {@link Caller} parameter; without a valid token the request fails with 401. */
@Singleton
public final class CallerBinder implements TypedRequestArgumentBinder<Caller> {
    private final BearerTokenVerifier verifier;

    public CallerBinder(BearerTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Argument<Caller> argumentType() {
        return Argument.of(Caller.class);
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> source) {
        Optional<Caller> caller = verifier.verify(source.getHeaders().get(HttpHeaders.AUTHORIZATION));
        if (caller.isEmpty()) {
            throw new UnauthenticatedException();
        }
        return () -> caller;
    }
}
