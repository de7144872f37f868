package com.penultimate.sysops.http.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** A signing key for tests and tokens signed with it, shaped like Cognito's. */
public final class TestTokens {
    public static final String ISSUER = "https://sysops.test/issuer";
    private static final TestTokens SHARED = new TestTokens();

    private final RSAKey key;

    public TestTokens() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One key per test JVM: key generation is slow. */
    public static TestTokens shared() {
        return SHARED;
    }

    public String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    public String bearer(String subject, String... groups) {
        return "Bearer " + sign(subject, ISSUER, Instant.now().plus(Duration.ofHours(1)), groups);
    }

    public String sign(String subject, String issuer, Instant expiresAt, String... groups) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).issuer(issuer)
                .issueTime(new Date()).expirationTime(Date.from(expiresAt))
                .claim("cognito:groups", List.of(groups)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
