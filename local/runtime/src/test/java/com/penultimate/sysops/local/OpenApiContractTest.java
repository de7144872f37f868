package com.penultimate.sysops.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document generated from the controllers, the contract in {@code shared/API.md} and the routes of
 * template.yaml name the same endpoints; any difference is listed. The local runtime serves the document at
 * {@code /openapi.json} and a browsable view at {@code /docs}.
 */
class OpenApiContractTest {
    private static final Pattern CONTRACT_ENTRY = Pattern.compile(
            "`((?:GET|POST|PUT|DELETE|PATCH)(?:\\|(?:GET|POST|PUT|DELETE|PATCH))*) (/[^`?\\s]*)");
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    @Test
    void openApiDocument_hasEveryEndpointOfTheContract_andNoOther() throws IOException {
        Set<String> generated = generated();
        Set<String> contract = contract();

        assertThat(difference(contract, generated)).as("in API.md, missing from the OpenAPI document").isEmpty();
        assertThat(difference(generated, contract)).as("in the OpenAPI document, missing from API.md").isEmpty();
    }

    @Test
    void openApiDocument_andTemplateRoutes_nameTheSameEndpoints() {
        Set<String> generated = generated();
        Set<String> routes = new TreeSet<>();
        RunningSystem.get().functions().values().forEach(f -> f.spec().routes()
                .forEach(r -> routes.add(normalized(r.method(), r.path()))));

        assertThat(difference(routes, generated)).as("routes of template.yaml missing from the document").isEmpty();
        assertThat(difference(generated, routes)).as("in the document, not routed by template.yaml").isEmpty();
    }

    @Test
    void docs_serveSwaggerUiFromTheClasspath() {
        LocalApi.Answer page = RunningSystem.api().send("GET", "/docs", null, null);
        LocalApi.Answer bundle = RunningSystem.api().send("GET", "/docs/swagger-ui-bundle.js", null, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("/openapi.json", "/docs/swagger-ui-bundle.js");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.header("Content-Type")).startsWith("text/javascript");
        assertThat(RunningSystem.api().send("GET", "/docs/../openapi.json", null, null).status()).isEqualTo(404);
    }

    private static Set<String> generated() {
        LocalApi.Answer answer = RunningSystem.api().send("GET", "/openapi.json", null, null);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode paths = answer.json().path("paths");
        Set<String> endpoints = new TreeSet<>();
        paths.fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(method -> endpoints.add(normalized(method, p.getKey()))));
        assertThat(endpoints).as("endpoints in /openapi.json").isNotEmpty();
        return endpoints;
    }

    /** Every {@code METHOD /path} of API.md but the local runtime's own ({@code /health}, {@code /local/...}). */
    private static Set<String> contract() throws IOException {
        Matcher entries = CONTRACT_ENTRY.matcher(Files.readString(apiContract()));
        Set<String> endpoints = new TreeSet<>();
        while (entries.find()) {
            String path = entries.group(2);
            if (path.equals("/health") || path.startsWith("/local/")) {
                continue;
            }
            for (String method : entries.group(1).split("\\|")) {
                endpoints.add(normalized(method, path));
            }
        }
        return endpoints;
    }

    /** {@code shared/API.md} in the nearest folder above this module that has it. */
    private static Path apiContract() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("API.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/API.md above " + Path.of("").toAbsolutePath());
    }

    private static String normalized(String method, String path) {
        return method.toUpperCase() + " " + VARIABLE.matcher(path).replaceAll("{}");
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> only = new TreeSet<>(left);
        only.removeAll(right);
        return only;
    }
}
