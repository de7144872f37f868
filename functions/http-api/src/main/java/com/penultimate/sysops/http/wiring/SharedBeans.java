package com.penultimate.sysops.http.wiring;

import com.penultimate.sysops.http.auth.BearerTokenVerifier;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Beans every HTTP function uses on top of lambda-support's, built once per container. */
@Factory
public class SharedBeans {

    @Singleton
    BearerTokenVerifier tokenVerifier(AuthSettings auth) {
        if (auth.issuer() == null) {
            throw new IllegalStateException("sysops.auth.issuer is not configured (SYSOPS_AUTH_ISSUER)");
        }
        if (auth.jwks() != null) {
            return BearerTokenVerifier.fromJwks(auth.jwks(), auth.issuer());
        }
        if (auth.jwksUrl() != null) {
            return BearerTokenVerifier.fromJwksUrl(auth.jwksUrl(), auth.issuer());
        }
        throw new IllegalStateException("neither sysops.auth.jwks-url nor sysops.auth.jwks is configured");
    }
}
