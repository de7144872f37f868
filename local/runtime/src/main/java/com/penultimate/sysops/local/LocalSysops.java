package com.penultimate.sysops.local;

import com.penultimate.sysops.local.statemachine.TimeScale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code main}: starts the whole system on localhost (port 8080 or {@code PORT}; data in memory, or in
 * {@code SYSOPS_DATA_DIR} to survive restarts) and runs until Ctrl-C, which drains in-flight work.
 */
public final class LocalSysops {
    private static final Logger LOG = LoggerFactory.getLogger(LocalSysops.class);

    private LocalSysops() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        String dataDir = System.getenv("SYSOPS_DATA_DIR");
        Path root = Path.of("").toAbsolutePath();
        if (!Files.exists(root.resolve("template.yaml"))) {
            throw new IllegalStateException("run from the repository root (template.yaml not found in " + root + ")");
        }
        double timeScale = TimeScale.from(System.getenv()).multiplier();
        LocalSystem system = LocalSystem.start(new LocalSystem.Settings(root, port,
                dataDir == null ? null : Path.of(dataDir), true, timeScale));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping: draining in-flight requests");
            try {
                system.close();
            } catch (Exception e) {
                LOG.error("did not stop cleanly", e);
            }
            stopped.countDown();
            LOG.info("stopped");
        }, "local-shutdown"));
        String base = system.baseUri().toString();
        LOG.info("""

                ==========================================================================
                  Sysops Squad runs at {}
                    health:   curl {}/health
                    a token:  curl -s -X POST {}/local/tokens -d '{"subject":"admin-1","groups":["admin"]}'
                    then:     curl -H "Authorization: Bearer $TOKEN" {}/admin/experts
                  Sent SMS and email: curl {}/local/outbox   (experts reply: POST {}/local/sms-inbound)
                  Demo users: admin-1 (admin), manager-1 (manager), agent-1 (callcenter),
                    customers cust-ada, cust-ben, cust-cleo, cust-dev; experts exp-01 .. exp-20.
                  README.md has the full API tour. Ctrl-C stops.
                ==========================================================================""",
                base, base, base, base, base, base);
        stopped.await();
    }
}
