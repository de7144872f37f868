package com.penultimate.sysops.http.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/**
 * Settings every function reads, fed by environment variables ({@code SYSOPS_TABLES_TICKETS} becomes
 * {@code sysops.tables.tickets}).
 *
 * @param tables   logical table name (customers, tickets, ...) to physical table name
 * @param auth     where the token-signing keys and issuer are
 * @param aws      region and an optional endpoint override for local engines
 */
@ConfigurationProperties("sysops")
public record SysopsSettings(Map<String, String> tables, Auth auth, @Nullable Aws aws) {

    /** Table name for a logical name, failing loudly when the deployment forgot it. */
    public String table(String logicalName) {
        String name = tables == null ? null : tables.get(logicalName);
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("table '" + logicalName + "' is not configured (SYSOPS_TABLES_"
                    + logicalName.toUpperCase() + ")");
        }
        return name;
    }

    /**
     * @param jwksUrl the issuer's JWKS endpoint (deployed)
     * @param jwks    an inline JWK set (local runtime and tests)
     * @param issuer  the expected {@code iss} claim
     */
    @ConfigurationProperties("auth")
    public record Auth(@Nullable String jwksUrl, @Nullable String jwks, String issuer) {
    }

    /**
     * @param region   AWS region; the SDK's default chain when absent
     * @param endpoint endpoint override for every client (local engines); the SDK's own resolution when absent
     */
    @ConfigurationProperties("aws")
    public record Aws(@Nullable String region, @Nullable String endpoint) {
    }
}
