package com.penultimate.sysops.bench.coldstart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a fresh JVM (the {@code java} of the running JDK) for one subject under one variant and times it to
 * its first answer. Its standard error goes to a log file, shown when it fails.
 */
final class ColdJvm {
    private final Path launcherJar;
    private final Path workDir;

    ColdJvm(Path launcherJar, Path workDir) {
        this.launcherJar = launcherJar;
        this.workDir = workDir;
    }

    /** The AppCDS archive a subject uses under the variants that have one. */
    Path archiveOf(ColdSubject subject) {
        return workDir.resolve(subject.name() + ".jsa");
    }

    /** Runs the subject once, dumping the classes it loaded into its AppCDS archive. */
    void train(ColdSubject subject) throws Exception {
        Files.deleteIfExists(archiveOf(subject));
        run(subject, List.of("-XX:ArchiveClassesAtExit=" + archiveOf(subject)), true);
        if (!Files.isRegularFile(archiveOf(subject))) {
            throw new IllegalStateException(subject.name() + ": the training run wrote no AppCDS archive");
        }
    }

    ColdStart measure(ColdSubject subject, JvmVariant variant) throws Exception {
        List<String> options = new ArrayList<>(variant.options());
        if (variant.appCds()) {
            options.add("-XX:SharedArchiveFile=" + archiveOf(subject));
        }
        return run(subject, options, false);
    }

    private ColdStart run(ColdSubject subject, List<String> options, boolean awaitExit) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-Djava.io.tmpdir=" + workDir);
        command.add("-cp");
        command.add(launcherJar + java.io.File.pathSeparator + subject.jar());
        command.add(ColdLauncher.class.getName());
        command.add(subject.handler());
        command.add(subject.event().toString());
        Path log = workDir.resolve(subject.name() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(subject.environment());
        long started = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(ColdLauncher.MARK)) {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    return ColdStart.parse(line, millis);
                }
            }
        } finally {
            if (!awaitExit) {
                process.destroyForcibly();
            }
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        }
        throw new IllegalStateException(subject.name() + " gave no answer; its log " + log + " ends:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
