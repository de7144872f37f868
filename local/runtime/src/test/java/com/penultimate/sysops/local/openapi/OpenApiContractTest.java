package com.penultimate.sysops.local.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.local.services.TemplateDocument;
import com.penultimate.sysops.local.template.CloudFormationYaml;
import com.penultimate.sysops.local.template.FunctionSpec;
import com.penultimate.sysops.local.template.SamTemplate;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document merged from the jars' generated ones, the contract in {@code docs/API.md} (the shared contract with our extensions) and the routes
 * of template.yaml name the same endpoints; any difference is listed. Needs the function jars built.
 */
class OpenApiContractTest {
    private static final Pattern CONTRACT_ENTRY = Pattern.compile(
            "`((?:GET|POST|PUT|DELETE|PATCH)(?:\\|(?:GET|POST|PUT|DELETE|PATCH))*) (/[^`?\\s]*)");
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final Path ROOT = root();
    private static final List<FunctionSpec> FUNCTIONS = functions();

    @Test
    void openApiDocument_hasEveryEndpointOfTheContract_andNoOther() throws IOException {
        Set<String> generated = generated();
        Set<String> contract = contract();

        assertThat(difference(contract, generated)).as("in API.md, missing from the OpenAPI document").isEmpty();
        assertThat(difference(generated, contract)).as("in the OpenAPI document, missing from API.md").isEmpty();
    }

    @Test
    void openApiDocument_keepsEveryEndpointOfTheSharedOriginal() throws IOException {
        Path shared = sharedContract();
        Assumptions.assumeTrue(shared != null, "no shared/API.md beside the repository");

        assertThat(difference(endpoints(shared), generated())).as("in shared/API.md, missing from the document")
                .isEmpty();
    }

    @Test
    void openApiDocument_andTemplateRoutes_nameTheSameEndpoints() {
        Set<String> generated = generated();
        Set<String> routes = new TreeSet<>();
        FUNCTIONS.forEach(f -> f.routes().forEach(r -> routes.add(normalized(r.method(), r.path()))));

        assertThat(difference(routes, generated)).as("routes of template.yaml missing from the document").isEmpty();
        assertThat(difference(generated, routes)).as("in the document, not routed by template.yaml").isEmpty();
    }

    @Test
    void docs_serveSwaggerUiFromTheClasspath_andNothingOutsideIt() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/docs", new SwaggerUiHandler());
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            HttpResponse<String> page = get(base + "/docs");
            HttpResponse<String> bundle = get(base + "/docs/swagger-ui-bundle.js");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("/openapi.json", "/docs/swagger-ui-bundle.js");
            assertThat(bundle.statusCode()).isEqualTo(200);
            assertThat(bundle.headers().firstValue("Content-Type")).hasValue("text/javascript");
            assertThat(get(base + "/docs/missing.js").statusCode()).isEqualTo(404);
        } finally {
            server.stop(0);
        }
    }

    private static HttpResponse<String> get(String uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(uri)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> generated() {
        Map<String, Object> paths = (Map<String, Object>) OpenApiDocument.merge(
                FUNCTIONS.stream().map(FunctionSpec::codeUri).toList()).get("paths");
        Set<String> endpoints = new TreeSet<>();
        paths.forEach((path, operations) -> ((Map<String, Object>) operations).keySet()
                .forEach(method -> endpoints.add(normalized(method, path))));
        assertThat(endpoints).as("endpoints in the generated documents (are the jars built?)").isNotEmpty();
        return endpoints;
    }

    /** Every {@code METHOD /path} of API.md but the local runtime's own ({@code /health}, {@code /local/...}). */
    private static Set<String> contract() throws IOException {
        return endpoints(ROOT.resolve("docs").resolve("API.md"));
    }

    private static Set<String> endpoints(Path file) throws IOException {
        Matcher entries = CONTRACT_ENTRY.matcher(Files.readString(file));
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

    /** The team's original {@code shared/API.md} in a folder above the repository, or null where there is none. */
    private static Path sharedContract() {
        for (Path dir = ROOT.getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("API.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("template.yaml"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    private static List<FunctionSpec> functions() {
        try {
            Map<String, Object> document = CloudFormationYaml.read(ROOT.resolve("template.yaml"));
            return new SamTemplate(ROOT, document, new TemplateDocument(document, Map.of("Stage", "local"),
                    URI.create("http://127.0.0.1:9324"))).functions();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
