package com.penultimate.sysops.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** One local system per test JVM, in memory with the demo data, started on first use. */
final class RunningSystem {
    /** Workflow timers run this much faster than real time: a 5-minute wait takes 2.5 s, an offer times out in 7.5 s. */
    static final double TIME_SCALE = 120;

    private RunningSystem() {
    }

    static LocalSystem get() {
        return Holder.SYSTEM;
    }

    static LocalApi api() {
        return Holder.API;
    }

    private static final class Holder {
        static final LocalSystem SYSTEM = start();
        static final LocalApi API = new LocalApi(SYSTEM.baseUri());

        private static LocalSystem start() {
            try {
                Path root = Path.of("").toAbsolutePath();
                while (!Files.exists(root.resolve("template.yaml"))) {
                    root = root.getParent();
                }
                LocalSystem system = LocalSystem.start(new LocalSystem.Settings(root, 0, null, true, TIME_SCALE));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        system.close();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
                return system;
            } catch (Exception e) {
                throw new IllegalStateException("the local system did not start", e);
            }
        }
    }
}
