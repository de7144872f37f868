package com.penultimate.sysops.aws.dynamodb;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.penultimate.sysops.aws.DynamoDbClientSettings;
import com.penultimate.sysops.aws.DynamoDbClients;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One in-memory DynamoDB Local per test JVM, listening on 127.0.0.1 only, started on first use and stopped
 * when the JVM exits. Tests share it and keep apart by table names (see {@link SysopsTables}).
 */
public final class DynamoDbLocalServer {
    private static final String LOOPBACK = "127.0.0.1";
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
            try {
                // DynamoDB Local extracts its SQLite native library here; surefire points it at target/tmp.
                Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
                int port = freeLoopbackPort();
                DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(new String[] {
                    "-inMemory", "-sharedDb", "-disableTelemetry", "-port", Integer.toString(port)});
                bindToLoopback(server);
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "dynamodb-local-stop"));
                return new DynamoDbLocalServer(URI.create("http://" + LOOPBACK + ":" + port));
            } catch (Exception e) {
                throw new IllegalStateException("DynamoDB Local did not start", e);
            }
        }

        private static int freeLoopbackPort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
                return socket.getLocalPort();
            }
        }

        /**
         * DynamoDB Local 2.6.1 has no host option: its Jetty server listens on every interface. Its one
         * connector is narrowed to loopback before the server starts.
         */
        private static void bindToLoopback(DynamoDBProxyServer server) throws ReflectiveOperationException {
            Field field = DynamoDBProxyServer.class.getDeclaredField("server");
            field.setAccessible(true);
            Connector[] connectors = ((Server) field.get(server)).getConnectors();
            if (connectors.length == 0) {
                throw new IllegalStateException("DynamoDB Local has no connector to bind");
            }
            for (Connector connector : connectors) {
                ((ServerConnector) connector).setHost(LOOPBACK);
            }
        }

        private static void stop(DynamoDBProxyServer server) {
            try {
                server.stop();
            } catch (Exception e) {
                System.getLogger(DynamoDbLocalServer.class.getName())
                        .log(System.Logger.Level.WARNING, "DynamoDB Local did not stop cleanly", e);
            }
        }
    }
}
