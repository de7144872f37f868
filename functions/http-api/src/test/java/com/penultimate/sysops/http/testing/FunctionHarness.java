package com.penultimate.sysops.http.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.aws.lambda.events.serde.SerdeCustomPojoSerializer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs an HTTP function's real Lambda handler in-process, fed with API Gateway (payload v2) events from
 * the repository's {@code events/} files, deserialised by the same serializer the Lambda runtime uses.
 */
public final class FunctionHarness implements AutoCloseable {
    private final APIGatewayV2HTTPEventFunction handler;
    private final SerdeCustomPojoSerializer serializer = new SerdeCustomPojoSerializer();

    public FunctionHarness(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("sysops.auth.jwks", TestTokens.shared().jwks());
        all.put("sysops.auth.issuer", TestTokens.ISSUER);
        all.putIfAbsent("sysops.aws.region", "us-east-1");
        ApplicationContext context = ApplicationContext.builder().environments("test").properties(all).start();
        handler = new APIGatewayV2HTTPEventFunction(context);
    }

    /** Reads {@code events/<function>/<file>} and replaces {@code ${NAME}} placeholders. */
    public APIGatewayV2HTTPEvent event(String function, String file, Map<String, String> placeholders) {
        try {
            String json = Files.readString(repositoryRoot().resolve("events").resolve(function).resolve(file));
            for (Map.Entry<String, String> p : placeholders.entrySet()) {
                json = json.replace("${" + p.getKey() + "}", p.getValue());
            }
            return serializer.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    APIGatewayV2HTTPEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public APIGatewayV2HTTPResponse send(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, new TestLambdaContext());
    }

    /** The folder holding {@code template.yaml}, found upwards from the working directory. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("template.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("template.yaml not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    @Override
    public void close() {
        handler.close();
    }
}
