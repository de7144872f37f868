package com.penultimate.sysops.local.embedded;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * AWS's own DynamoDB engine (DynamoDB Local) running in this JVM and listening on 127.0.0.1 only, in memory
 * or in a data directory that survives restarts. One shared database whatever the client's credentials.
 */
public final class EmbeddedDynamoDb implements AutoCloseable {
    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private EmbeddedDynamoDb(DynamoDBProxyServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    /** Starts an engine; {@code dataDir} null keeps everything in memory. */
    public static EmbeddedDynamoDb start(int port, Path dataDir) {
        try {
            // DynamoDB Local extracts its SQLite native library into the temporary directory.
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            List<String> args = new ArrayList<>(List.of("-sharedDb", "-disableTelemetry", "-port",
                    Integer.toString(port)));
            if (dataDir == null) {
                args.add("-inMemory");
            } else {
                Files.createDirectories(dataDir);
                args.addAll(List.of("-dbPath", dataDir.toAbsolutePath().toString()));
            }
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            bindToLoopback(server);
            server.start();
            return new EmbeddedDynamoDb(server, URI.create("http://" + Loopback.ADDRESS + ":" + port));
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start", e);
        }
    }

    /** Starts an in-memory engine on a free loopback port. */
    public static EmbeddedDynamoDb startInMemory() {
        return start(Loopback.freePort(), null);
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop cleanly", e);
        }
    }

    /**
     * DynamoDB Local 2.6.1 has no host option: its Jetty server listens on every interface. Its connectors
     * are narrowed to loopback before the server starts.
     */
    private static void bindToLoopback(DynamoDBProxyServer server) throws ReflectiveOperationException, IOException {
        Field field = DynamoDBProxyServer.class.getDeclaredField("server");
        field.setAccessible(true);
        Connector[] connectors = ((Server) field.get(server)).getConnectors();
        if (connectors.length == 0) {
            throw new IOException("DynamoDB Local has no connector to bind");
        }
        for (Connector connector : connectors) {
            ((ServerConnector) connector).setHost(Loopback.ADDRESS);
        }
    }
}
