package com.penultimate.sysops.local.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's reliability promise on a small scale: with a fifth of every function's invocations failing (before or
 * after the work, or timing out) and SQS messages delivered twice, no ticket is lost or stuck, no expert is
 * over-booked, nobody is told or charged twice, and nothing is left in a dead-letter queue. A local system of its
 * own, stopped at the end.
 */
class ChaosRunTest {

    @Test
    void thirtyTicketsAtTwentyPercentFaults_everyAuditFigureIsZero() throws Exception {
        ChaosRun.Settings settings = new ChaosRun.Settings(30, 0.2, 6, 10, 12, 60, Duration.ofMinutes(8));

        ChaosRun.Result result = ChaosRun.run(root(), settings);

        ChaosRun.describe(settings, result).forEach(System.out::println);
        assertThat(result.injected()).isNotEmpty();
        assertThat(result.report().figures()).allSatisfy((name, n) -> assertThat(n).as(name).isZero());
        assertThat(result.report().checked().ticketsSurveyed()).isEqualTo(settings.tickets());
        assertThat(result.report().checked().invoices()).isPositive();
    }

    private static Path root() {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("template.yaml"))) {
            root = root.getParent();
        }
        return root;
    }
}
