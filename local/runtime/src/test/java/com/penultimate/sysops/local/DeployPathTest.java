package com.penultimate.sysops.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.local.lambda.LocalFunction;
import com.penultimate.sysops.local.template.CloudFormationYaml;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What {@code sam deploy} relies on: every function of template.yaml has its jar where {@code CodeUri} says,
 * its {@code Handler} class loads from that jar and builds, and every sample event under {@code events/<module>/}
 * reads into the input type of the handler it is for.
 */
class DeployPathTest {
    /**
     * A module serving several handlers keeps each extra handler's events under its own prefix (the sweeper's
     * {@code sweep_}, the billing scheduler's {@code run_}, the weekly report's {@code weekly_}); its main handler
     * reads the files without one.
     */
    private static final Map<String, String> PREFIXED_HANDLERS = Map.of(
            "SweeperHandler", "sweep_",
            "BillingSchedulerHandler", "run_",
            "WeeklyReportHandler", "weekly_");

    @Test
    void everyFunction_hasItsJarAndAHandlerThatBuilds() {
        Map<String, LocalFunction> functions = RunningSystem.get().functions();
        assertThat(functions).isNotEmpty();
        functions.values().forEach(f -> {
            assertThat(f.spec().codeUri()).as(f.spec().logicalId()).isRegularFile();
            assertThat(f.spec().codeUri().getFileName().toString()).isEqualTo(module(f) + ".jar");
        });
    }

    /** {@code sam build} would try to build a jar CodeUri as a source folder; SkipBuild makes it copy the jar. */
    @Test
    @SuppressWarnings("unchecked")
    void everyFunction_isMarkedForSamBuildToTakeItsJarAsBuilt() throws Exception {
        Map<String, Object> resources = (Map<String, Object>) CloudFormationYaml.read(root().resolve("template.yaml"))
                .get("Resources");
        List<String> functions = new ArrayList<>();
        resources.forEach((id, value) -> {
            Map<String, Object> resource = (Map<String, Object>) value;
            if ("AWS::Serverless::Function".equals(resource.get("Type"))) {
                functions.add(id);
                Map<String, Object> metadata = (Map<String, Object>) resource.getOrDefault("Metadata", Map.of());
                assertThat(metadata.get("SkipBuild")).as(id + " Metadata.SkipBuild").isEqualTo(true);
                Map<String, Object> properties = (Map<String, Object>) resource.get("Properties");
                assertThat(String.valueOf(properties.get("CodeUri"))).as(id + " CodeUri").endsWith(".jar");
            }
        });
        assertThat(functions).hasSize(RunningSystem.get().functions().size());
    }

    @Test
    void everyEventFile_readsIntoItsHandlersInputType() throws Exception {
        Path events = root().resolve("events");
        List<String> checked = new ArrayList<>();
        for (LocalFunction function : RunningSystem.get().functions().values()) {
            for (Path file : eventFiles(events.resolve(module(function)), function)) {
                Object input = function.decode(Files.readString(file));
                assertThat(input).as(file.toString()).isNotNull();
                assertThat(hasContent(input)).as(file + " read into an empty " + input.getClass().getSimpleName())
                        .isTrue();
                checked.add(file.getFileName().toString());
            }
        }
        try (Stream<Path> all = Files.walk(events)) {
            assertThat(checked).as("event files not read by any function")
                    .hasSize((int) all.filter(p -> p.toString().endsWith(".json")).count());
        }
    }

    private static List<Path> eventFiles(Path dir, LocalFunction function) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String handler = function.spec().handler();
        String own = PREFIXED_HANDLERS.get(handler.substring(handler.lastIndexOf('.') + 1));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return own != null ? name.startsWith(own)
                                : PREFIXED_HANDLERS.values().stream().noneMatch(name::startsWith);
                    }).sorted().toList();
        }
    }

    private static String module(LocalFunction function) {
        return function.spec().codeUri().getParent().getParent().getFileName().toString();
    }

    /** True when at least one property of the decoded event holds something. */
    private static boolean hasContent(Object input) throws Exception {
        if (input.getClass().isRecord()) {
            for (RecordComponent c : input.getClass().getRecordComponents()) {
                if (c.getAccessor().invoke(input) != null) {
                    return true;
                }
            }
            return false;
        }
        for (var method : input.getClass().getMethods()) {
            if (method.getParameterCount() == 0 && method.getName().startsWith("get")
                    && method.getDeclaringClass() != Object.class && method.invoke(input) != null) {
                return true;
            }
        }
        return false;
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("template.yaml"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
