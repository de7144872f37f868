package com.penultimate.sysops.http.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a bearer token's RS256 signature against the issuer's keys, its issuer and expiry, and turns it
 * into a {@link Caller}. Keys come from a JWKS URL (Cognito when deployed) or an inline JWK set.
 */
public final class BearerTokenVerifier {
    private static final String GROUPS_CLAIM = "cognito:groups";

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public BearerTokenVerifier(JWKSource<SecurityContext> keys, String issuer) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp")));
    }

    /** Keys fetched (and cached) from a JWKS endpoint. */
    public static BearerTokenVerifier fromJwksUrl(String jwksUrl, String issuer) {
        try {
            return new BearerTokenVerifier(JWKSourceBuilder.create(URI.create(jwksUrl).toURL()).build(), issuer);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad JWKS URL " + jwksUrl, e);
        }
    }

    /** Keys given inline as a JWK set document. */
    public static BearerTokenVerifier fromJwks(String jwksJson, String issuer) {
        try {
            return new BearerTokenVerifier(new ImmutableJWKSet<>(JWKSet.parse(jwksJson)), issuer);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad inline JWK set", e);
        }
    }

    /** The caller behind an {@code Authorization} header value, or empty when it is missing or not valid. */
    public Optional<Caller> verify(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = processor.process(authorizationHeader.substring(7).trim(), null);
            return Optional.of(new Caller(claims.getSubject(), roles(claims)));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Set<Role> roles(JWTClaimsSet claims) throws ParseException {
        List<String> groups = claims.getStringListClaim(GROUPS_CLAIM);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (groups != null) {
            groups.forEach(g -> Role.fromGroup(g).ifPresent(roles::add));
        }
        return roles;
    }
}
