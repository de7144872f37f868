package com.penultimate.sysops.http.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.penultimate.sysops.lambda.testing.EventFiles;
import com.penultimate.sysops.lambda.testing.TestLambdaContext;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs an HTTP function's real Lambda handler in-process, fed with API Gateway (payload v2) events from
 * the repository's {@code events/} files, deserialised by the same serializer the Lambda runtime uses.
 */
public final class FunctionHarness implements AutoCloseable {
    private final APIGatewayV2HTTPEventFunction handler;

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
        return EventFiles.read(function, file, APIGatewayV2HTTPEvent.class, placeholders);
    }

    public APIGatewayV2HTTPResponse send(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, new TestLambdaContext());
    }

    /** The folder holding {@code template.yaml}, found upwards from the working directory. */
    public static Path repositoryRoot() {
        return EventFiles.repositoryRoot();
    }

    /** The function's application context, to reach a bean a test replaced. */
    public ApplicationContext context() {
        return handler.getApplicationContext();
    }

    @Override
    public void close() {
        handler.close();
    }
}
