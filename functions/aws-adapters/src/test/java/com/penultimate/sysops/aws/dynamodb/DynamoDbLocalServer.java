package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.aws.DynamoDbClientSettings;
import com.penultimate.sysops.aws.DynamoDbClients;
import com.penultimate.sysops.local.embedded.EmbeddedDynamoDb;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One in-memory DynamoDB Local per test JVM, listening on 127.0.0.1 only, started on first use and stopped
 * when the JVM exits. Tests share it and keep apart by table names (see {@link SysopsTables}).
 */
public final class DynamoDbLocalServer {
    private static final String REGION = "us-east-1";

    private final URI endpoint;
    private final DynamoDbClient client;

    private DynamoDbLocalServer(URI endpoint) {
        this.endpoint = endpoint;
        this.client = DynamoDbClients.create(settingsFor(endpoint));
    }

    /** Where the server listens, e.g. {@code http://127.0.0.1:41234}. */
    public static URI endpoint() {
        return Running.SERVER.endpoint;
    }

    /** Settings for a client of the server (fixed region and dummy credentials) to pass to {@link DynamoDbClients}. */
    public static DynamoDbClientSettings clientSettings() {
        return settingsFor(endpoint());
    }

    /** A client shared by every test of the JVM; do not close it. */
    public static DynamoDbClient client() {
        return Running.SERVER.client;
    }

    /** A client of its own that lets {@code interceptors} see each request; the caller closes it. */
    public static DynamoDbClient newClient(List<ExecutionInterceptor> interceptors) {
        return DynamoDbClients.create(clientSettings(), interceptors);
    }

    private static DynamoDbClientSettings settingsFor(URI endpoint) {
        // Generous timeouts: on a busy build machine DynamoDB Local takes seconds to create a table with indexes.
        return DynamoDbClientSettings.forRegion(REGION).withEndpointOverride(endpoint)
                .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(30))
                .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
    }

    /** Starts the server when first touched; the JVM's class initialisation makes that happen once. */
    private static final class Running {
        static final DynamoDbLocalServer SERVER = start();

        private static DynamoDbLocalServer start() {
            EmbeddedDynamoDb engine = EmbeddedDynamoDb.startInMemory();
            Runtime.getRuntime().addShutdownHook(new Thread(engine::close, "dynamodb-local-stop"));
            return new DynamoDbLocalServer(engine.endpoint());
        }
    }
}
