package com.penultimate.sysops.lambda.testing;

import io.micronaut.aws.lambda.events.serde.SerdeCustomPojoSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The repository's sample events ({@code events/<function>/<file>}), read as the Lambda runtime reads an
 * invocation: deserialised by {@link SerdeCustomPojoSerializer}, the serializer a function's jar registers.
 * {@code ${NAME}} placeholders are replaced first.
 */
public final class EventFiles {
    private static final SerdeCustomPojoSerializer SERIALIZER = new SerdeCustomPojoSerializer();

    private EventFiles() {
    }

    public static <T> T read(String function, String file, Class<T> type) {
        return read(function, file, type, Map.of());
    }

    public static <T> T read(String function, String file, Class<T> type, Map<String, String> placeholders) {
        return fromJson(text(function, file, placeholders), type);
    }

    /** The file's text with placeholders replaced. */
    public static String text(String function, String file, Map<String, String> placeholders) {
        try {
            String json = Files.readString(repositoryRoot().resolve("events").resolve(function).resolve(file));
            for (Map.Entry<String, String> p : placeholders.entrySet()) {
                json = json.replace("${" + p.getKey() + "}", p.getValue());
            }
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T fromJson(String json, Type type) {
        return SERIALIZER.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type);
    }

    /** A handler's answer as the runtime would send it back. */
    public static String toJson(Object value, Type type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SERIALIZER.toJson(value, out, type);
        return out.toString(StandardCharsets.UTF_8);
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
}
