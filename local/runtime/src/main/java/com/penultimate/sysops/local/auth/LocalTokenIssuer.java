package com.penultimate.sysops.local.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The local stand-in for Cognito: a key made at start-up, tokens shaped like Cognito's ({@code sub},
 * {@code cognito:groups}), and the check the HTTP API's JWT authorizer makes. Exists only in local/.
 */
public final class LocalTokenIssuer {
    public static final String ISSUER = "https://sysops.local/issuer";
    public static final String AUDIENCE = "sysops-local-client";

    private final RSAKey key;
    private final Clock clock;

    public LocalTokenIssuer(Clock clock) {
        this.clock = clock;
        try {
            key = new RSAKeyGenerator(2048).keyID("local-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make the local signing key", e);
        }
    }

    /** The public half, as the JWK set functions verify against. */
    public String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    public String mint(String subject, List<String> groups, Duration lifetime) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).issuer(ISSUER).audience(AUDIENCE)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString()).claim("cognito:groups", groups).claim("token_use", "id").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The authorizer's check: signature, issuer, audience, expiry; the claims when the token passes. */
    public Optional<Map<String, Object>> authorize(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(authorization.substring(7).trim());
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            boolean valid = jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))
                    && ISSUER.equals(claims.getIssuer())
                    && claims.getAudience().contains(AUDIENCE)
                    && claims.getExpirationTime() != null
                    && claims.getExpirationTime().toInstant().isAfter(clock.instant());
            return valid ? Optional.of(claims.toJSONObject()) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
