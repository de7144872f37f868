package com.penultimate.sysops.bench.coldstart;

import com.penultimate.sysops.local.lambda.InvocationContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The launcher, its invocation context and the constant handler packed in a jar of their own, so a cold JVM sees
 * nothing of this module or the runtime but them (and class-data sharing, which archives classes from jars only,
 * can include them).
 */
final class LauncherJar {
    private static final List<Class<?>> CLASSES = List.of(ColdLauncher.class,
            StandardErrorLogger.class, InvocationContext.class, ConstantHandler.class);

    private LauncherJar() {
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path jar = dir.resolve("coldstart-launcher.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> type : CLASSES) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The jar that holds the Lambda runtime interfaces on this JVM's class path (for the bare handler). */
    static Path lambdaCore() throws Exception {
        return Path.of(com.amazonaws.services.lambda.runtime.RequestHandler.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
    }
}
