package com.penultimate.sysops.http.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Where an HTTP function finds the token-signing keys and which issuer it trusts
 * ({@code SYSOPS_AUTH_JWKS_URL}, {@code SYSOPS_AUTH_JWKS}, {@code SYSOPS_AUTH_ISSUER}).
 *
 * @param jwksUrl the issuer's JWKS endpoint (deployed)
 * @param jwks    an inline JWK set (local runtime and tests)
 * @param issuer  the expected {@code iss} claim
 */
@ConfigurationProperties("sysops.auth")
public record AuthSettings(@Nullable String jwksUrl, @Nullable String jwks, @Nullable String issuer) {
}
