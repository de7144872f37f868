package com.penultimate.sysops.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penultimate.sysops.local.auth.LocalTokenIssuer;
import com.penultimate.sysops.local.demo.DemoData;
import com.penultimate.sysops.local.dynamodb.TemplateTables;
import com.penultimate.sysops.local.embedded.EmbeddedDynamoDb;
import com.penultimate.sysops.local.embedded.Loopback;
import com.penultimate.sysops.local.gateway.HealthEndpoint;
import com.penultimate.sysops.local.gateway.LocalApiGateway;
import com.penultimate.sysops.local.gateway.TokenEndpoint;
import com.penultimate.sysops.local.lambda.LocalFunction;
import com.penultimate.sysops.local.template.FunctionSpec;
import com.penultimate.sysops.local.template.SamTemplate;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The whole system in this JVM: DynamoDB Local with the template's tables, every function of the template
 * loaded from its deployable jar, the HTTP API in front of them, a token issuer, and the demo data.
 */
public final class LocalSystem implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalSystem.class);
    public static final String STAGE = "local";

    private final EmbeddedDynamoDb dynamoDb;
    private final LocalApiGateway gateway;
    private final List<LocalFunction> functions;
    private final LocalTokenIssuer issuer;

    private LocalSystem(EmbeddedDynamoDb dynamoDb, LocalApiGateway gateway, List<LocalFunction> functions,
                        LocalTokenIssuer issuer) {
        this.dynamoDb = dynamoDb;
        this.gateway = gateway;
        this.functions = functions;
        this.issuer = issuer;
    }

    /**
     * How to run: where the repository is, the HTTP port (0 for any free one), a data directory (null keeps
     * everything in memory) and whether to load the demo data.
     */
    public record Settings(Path root, int port, Path dataDir, boolean demoData) {
    }

    public static LocalSystem start(Settings settings) throws Exception {
        long started = System.nanoTime();
        SamTemplate template = SamTemplate.load(settings.root(), Map.of("Stage", STAGE));
        EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.start(Loopback.freePort(), settings.dataDir());
        List<LocalFunction> functions = new ArrayList<>();
        LocalApiGateway gateway = null;
        try {
            try (DynamoDbClient admin = client(dynamoDb.endpoint())) {
                int created = new TemplateTables(admin).createAll(template.tables());
                LOG.info("DynamoDB Local at {}: {} tables from template.yaml ({} new)", dynamoDb.endpoint(),
                        template.tables().size(), created);
            }
            Clock clock = Clock.systemUTC();
            LocalTokenIssuer issuer = new LocalTokenIssuer(clock);
            Map<String, String> overrides = Map.of(
                    "sysops.aws.endpoint", dynamoDb.endpoint().toString(),
                    "sysops.aws.region", "us-east-1",
                    "sysops.auth.jwks", issuer.jwks(),
                    "sysops.auth.issuer", LocalTokenIssuer.ISSUER);
            int port = settings.port() == 0 ? Loopback.freePort() : settings.port();
            gateway = new LocalApiGateway(port, issuer, 16);
            HealthEndpoint health = new HealthEndpoint();
            gateway.add(health);
            gateway.add(new TokenEndpoint(issuer));
            for (FunctionSpec spec : template.functions()) {
                long t0 = System.nanoTime();
                LocalFunction function = new LocalFunction(spec, overrides);
                functions.add(function);
                gateway.bind(function);
                LOG.info("{} ready in {} ms ({} routes)", spec.name(), (System.nanoTime() - t0) / 1_000_000,
                        spec.routes().size());
            }
            gateway.start();
            LocalSystem system = new LocalSystem(dynamoDb, gateway, functions, issuer);
            ObjectNode summary = new ObjectMapper().createObjectNode().put("status", "UP")
                    .put("functions", functions.size()).put("tables", template.tables().size());
            if (settings.demoData()) {
                DemoData.Loaded loaded = new DemoData(system.baseUri(), issuer, LocalDate.now(clock)).load();
                summary.putPOJO("demoData", loaded);
                LOG.info("demo data: {}", loaded);
            }
            health.ready(summary.toString());
            LOG.info("Sysops Squad is up at {} in {} ms", system.baseUri(), (System.nanoTime() - started) / 1_000_000);
            return system;
        } catch (Exception e) {
            if (gateway != null) {
                gateway.stop(0);
            }
            for (LocalFunction f : functions) {
                f.close();
            }
            dynamoDb.close();
            throw e;
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + gateway.port());
    }

    public URI dynamoDbEndpoint() {
        return dynamoDb.endpoint();
    }

    public LocalTokenIssuer tokens() {
        return issuer;
    }

    /** Stops taking requests, lets in-flight ones finish, closes every function, then the engines. */
    @Override
    public void close() throws Exception {
        gateway.stop(10);
        for (LocalFunction function : functions) {
            try {
                function.close();
            } catch (Exception e) {
                LOG.warn("{} did not close cleanly", function.spec().name(), e);
            }
        }
        dynamoDb.close();
    }

    static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }
}
