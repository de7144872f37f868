package com.penultimate.sysops.aws.moto;

import com.penultimate.sysops.aws.AwsClientSettings;
import com.penultimate.sysops.aws.json.FlatJson;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * One {@code moto_server} per test JVM on a free 127.0.0.1 port, started on first use and stopped when the JVM
 * exits; tests share it and keep apart by resource names. It starts configured to run state machines
 * ({@code stepfunctions.execute_state_machine}) and to answer Lambda invocations without Docker
 * ({@code lambda.use_docker = false}: the lambda-simple backend, see {@link #queueLambdaResults}). Step Functions
 * tests run each execution in an account of its own: see {@link #clientSettings(String)}.
 *
 * <p>When {@code moto_server} is not on the PATH, {@link #endpoint()} skips the calling test with a message,
 * except under {@code CI=true}, where a missing server is a failure.
 */
public final class MotoServer {
    public static final String REGION = "us-east-1";
    /** The account moto puts every resource in. */
    public static final String ACCOUNT = "123456789012";
    static final String COMMAND = "moto_server";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String DEFAULT_CONFIG =
            "{\"stepfunctions\":{\"execute_state_machine\":true},\"lambda\":{\"use_docker\":false}}";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final AtomicLong ACCOUNTS = new AtomicLong();

    private static URI endpoint;

    private MotoServer() {
    }

    /** Where moto listens, e.g. {@code http://127.0.0.1:41234}; starts it on the first call. */
    public static synchronized URI endpoint() {
        if (endpoint == null) {
            Path command = onPath(COMMAND);
            if (command == null) {
                String problem = COMMAND + " is not on the PATH (pip install 'moto[server]' to run these tests)";
                if (ciRequiresMoto(System.getenv("CI"))) {
                    throw new IllegalStateException(problem + ", and CI=true requires it");
                }
                Assumptions.abort(problem);
            }
            endpoint = start(command);
            configure(DEFAULT_CONFIG);
        }
        return endpoint;
    }

    /** Client settings for moto: every service at its endpoint, dummy credentials, generous timeouts. */
    public static AwsClientSettings clientSettings() {
        return AwsClientSettings.local(REGION, endpoint())
                .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(30));
    }

    /**
     * As {@link #clientSettings()}, acting in {@code account} (moto reads the {@code x-moto-account-id} header).
     * Needed for Step Functions: moto 5.2.1 cannot start an execution in an account and region that already
     * holds one (it deep-copies the backend, running executions and their locks included), so each execution
     * needs an account of its own, from {@link #newAccount()}.
     */
    public static AwsClientSettings clientSettings(String account) {
        return clientSettings().withInterceptor(new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context,
                                                    ExecutionAttributes attributes) {
                return context.httpRequest().toBuilder().putHeader("x-moto-account-id", account).build();
            }
        });
    }

    /** A 12-digit account id no other caller in this JVM got. */
    public static String newAccount() {
        return "%012d".formatted(200_000_000_000L + ACCOUNTS.incrementAndGet());
    }

    /** Posts {@code json} to {@code /moto-api/config}, e.g. {@code {"stepfunctions": {...}}}. */
    public static void configure(String json) {
        post("/moto-api/config", json);
    }

    /**
     * Queues what the next Lambda invocations in {@code region} answer, in order, one payload (JSON text) each;
     * an invocation with nothing queued echoes its input. A Step Functions Task takes from the queue of the
     * region in its Resource: a Lambda ARN's region, or for {@code arn:aws:states:::lambda:invoke} (and
     * {@code .waitForTaskToken}), which names none, the execution's region. Give a test's Lambda ARNs a region
     * of their own, apart from the state machine's, so callback tasks and executions other tests left running
     * cannot take its results.
     */
    public static void queueLambdaResults(String region, List<String> payloads) {
        String results = payloads.stream().map(FlatJson::quote).collect(Collectors.joining(","));
        post("/moto-api/static/lambda-simple/response", "{\"account_id\":" + FlatJson.quote(ACCOUNT)
                + ",\"region\":" + FlatJson.quote(region) + ",\"results\":[" + results + "]}");
    }

    /**
     * Moto's view of its models, {@code GET /moto-api/data.json}: e.g. {@code sns.SMS}, {@code ses.Message}.
     * (It answers 500 once a Lambda function was created without Docker: invoke Lambda ARNs without creating
     * the functions, which the lambda-simple backend allows.)
     */
    public static String modelData() {
        return send(HttpRequest.newBuilder(endpoint().resolve("/moto-api/data.json")).GET());
    }

    /** The instances of one model in {@link #modelData()}, e.g. {@code ("sns", "SMS")}, each as its fields. */
    public static List<Map<String, JsonNode>> models(String service, String model) {
        return JsonNode.parser().parse(modelData()).field(service).flatMap(models -> models.field(model))
                .map(JsonNode::asArray).orElse(List.of()).stream().map(JsonNode::asObject).toList();
    }

    /** Whether a missing server fails the build rather than skipping the tests that need it. */
    static boolean ciRequiresMoto(String ci) {
        return "true".equalsIgnoreCase(ci);
    }

    static Path onPath(String command) {
        String path = System.getenv("PATH");
        return path == null ? null : Arrays.stream(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, command)).filter(Files::isExecutable).findFirst().orElse(null);
    }

    private static void post(String path, String json) {
        send(HttpRequest.newBuilder(endpoint().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("moto answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI start(Path command) {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(command.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true);
        // moto's Step Functions interpreter calls Lambda back on MOTO_PORT, which the server sets from -p.
        builder.environment().remove("MOTO_PORT");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "moto-server-stop"));
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "moto-server-" + port + ".log");
        try {
            // surefire points java.io.tmpdir at target/tmp, which nothing else may have created yet
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> copyOutput(process, log, "Running on http://127.0.0.1:" + port, ready),
                "moto-server-output");
        pump.setDaemon(true);
        pump.start();
        process.onExit().thenRun(() -> ready.completeExceptionally(new IllegalStateException(
                COMMAND + " exited with " + process.exitValue() + " before it was ready; see " + log)));
        try {
            ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            stop(process);
            throw new IllegalStateException(COMMAND + " did not start on port " + port + "; see " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Copies the server's output to {@code log} and completes {@code ready} on the line that says it listens. */
    private static void copyOutput(Process process, Path log, String readyLine, CompletableFuture<Void> ready) {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                file.write(line + System.lineSeparator());
                file.flush();
                if (line.contains(readyLine)) {
                    ready.complete(null);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
