package com.penultimate.sysops.local.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The API's OpenAPI document, merged from the ones each HTTP function's build generates from its Micronaut
 * controllers ({@code META-INF/swagger/*.yml} in its jar): paths and component schemas are unioned, so the
 * document is exactly what the deployed code serves, never a hand-kept copy.
 */
public final class OpenApiDocument {
    static final String GENERATED = "META-INF/swagger/";

    private OpenApiDocument() {
    }

    /** Merges the generated documents found in {@code jars} (a jar shared by two functions counts once). */
    public static Map<String, Object> merge(Collection<Path> jars) {
        Map<String, Object> paths = new TreeMap<>();
        Map<String, Object> schemas = new TreeMap<>();
        for (Path jar : new LinkedHashSet<>(jars)) {
            for (Map<String, Object> part : generated(jar)) {
                paths.putAll(section(part, "paths"));
                schemas.putAll(section(section(part, "components"), "schemas"));
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.1");
        document.put("info", Map.of("title", "Sysops Squad HTTP API", "version", "1.0",
                "description", "Generated at build time from the functions' controllers (micronaut-openapi)."));
        document.put("components", Map.of("schemas", schemas, "securitySchemes", Map.of("CognitoJwt",
                Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT"))));
        document.put("security", List.of(Map.of("CognitoJwt", List.of())));
        document.put("paths", paths);
        return document;
    }

    /** The document as JSON. */
    public static String toJson(Map<String, Object> document) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> generated(Path jar) {
        List<Map<String, Object>> parts = new ArrayList<>();
        if (!Files.isRegularFile(jar)) {
            return parts;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                if (entry.getName().startsWith(GENERATED) && entry.getName().endsWith(".yml")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        parts.add(new Yaml(new LoaderOptions()).load(in));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document in " + jar, e);
        }
        return parts;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> node, String name) {
        Object value = node == null ? null : node.get(name);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
