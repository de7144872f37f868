package com.penultimate.sysops.http.wiring;

import com.penultimate.sysops.aws.DynamoDbClientSettings;
import com.penultimate.sysops.aws.DynamoDbClients;
import com.penultimate.sysops.core.port.IdGenerator;
import com.penultimate.sysops.http.auth.BearerTokenVerifier;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Beans every HTTP function uses, built once per container. */
@Factory
public class SharedBeans {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    IdGenerator ids() {
        return IdGenerator.random();
    }

    @Singleton
    BearerTokenVerifier tokenVerifier(SysopsSettings settings) {
        SysopsSettings.Auth auth = settings.auth();
        if (auth == null || auth.issuer() == null) {
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

    @Singleton
    @Bean(preDestroy = "close")
    DynamoDbClient dynamoDb(SysopsSettings settings) {
        SysopsSettings.Aws aws = settings.aws();
        String region = aws != null && aws.region() != null ? aws.region()
                : new DefaultAwsRegionProviderChain().getRegion().id();
        DynamoDbClientSettings clientSettings = DynamoDbClientSettings.forRegion(region);
        if (aws != null && aws.endpoint() != null) {
            // A local engine: it accepts any credentials, and the machine may have none configured.
            clientSettings = clientSettings.withEndpointOverride(URI.create(aws.endpoint()))
                    .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        }
        return DynamoDbClients.create(clientSettings);
    }
}
