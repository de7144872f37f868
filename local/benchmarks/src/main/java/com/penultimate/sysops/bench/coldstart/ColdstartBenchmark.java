package com.penultimate.sysops.bench.coldstart;

import com.penultimate.sysops.local.template.FunctionSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Cold start of every function of template.yaml: each repetition starts a fresh JVM per function that loads
 * the deployable jar, builds the handler as Lambda would, answers the module's first event sample against
 * the local stand-ins (a function error is an answer too, as in Lambda) and reports time from JVM launch to the answer, heap used and RSS. In the same run, a
 * bare constant handler gives the JVM floor, and each function's median is divided by the floor measured
 * under the same JVM settings. Arguments: {@code [repetitions] [function-id-substring]}.
 */
public final class ColdstartBenchmark {
    /** Handlers that share a module with another and whose event is not the module's first sample. */
    private static final Map<String, String> OWN_SAMPLE = Map.of(
            "com.penultimate.sysops.workflow.SweeperHandler", "sweep_tickets_schedule.json",
            "com.penultimate.sysops.billing.BillingSchedulerHandler", "run_billing_schedule.json",
            "com.penultimate.sysops.reports.WeeklyReportHandler", "weekly_report_schedule.json");
    static final double TARGET_RATIO = 4.0;

    private ColdstartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String only = args.length > 1 ? args[1] : "";
        Path root = Path.of("").toAbsolutePath();
        Path work = Path.of(System.getProperty("java.io.tmpdir")).resolve("coldstart");
        Files.createDirectories(work);
        try (StandIns standIns = new StandIns(root)) {
            List<ColdSubject> subjects = new ArrayList<>();
            Path floorEvent = work.resolve("floor-event.json");
            Files.writeString(floorEvent, "{}");
            subjects.add(new ColdSubject("bare handler", ConstantHandler.class.getName(), LauncherJar.lambdaCore(),
                    floorEvent, Map.of()));
            for (FunctionSpec spec : standIns.functions()) {
                if (spec.logicalId().contains(only)) {
                    subjects.add(new ColdSubject(spec.logicalId(), spec.handler(), spec.codeUri(),
                            sampleFor(root, spec), standIns.environmentOf(spec)));
                }
            }
            ColdJvm jvm = new ColdJvm(LauncherJar.write(work), work);
            List<JvmVariant> variants = JvmVariant.all();
            if (variants.stream().anyMatch(JvmVariant::appCds)) {
                for (ColdSubject subject : subjects) {
                    jvm.train(subject);
                }
            }
            Map<String, Map<String, List<ColdStart>>> runs = new LinkedHashMap<>();
            for (int repetition = 1; repetition <= repetitions; repetition++) {
                for (ColdSubject subject : subjects) {
                    for (JvmVariant variant : variants) {
                        runs.computeIfAbsent(subject.name(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(variant.name(), k -> new ArrayList<>())
                                .add(jvm.measure(subject, variant));
                    }
                }
                // Figures so far after each repetition: a shared machine may not leave time for all of them.
                new ColdstartReport(variants, runs, repetition).print(System.out);
            }
        }
    }

    /** The module's first event sample meant for this handler (samples sort by name). */
    private static Path sampleFor(Path root, FunctionSpec spec) throws Exception {
        String module = spec.codeUri().getParent().getParent().getFileName().toString();
        Path dir = root.resolve("events").resolve(module);
        String own = OWN_SAMPLE.get(spec.handler());
        if (own != null) {
            return dir.resolve(own);
        }
        try (Stream<Path> samples = Files.list(dir)) {
            return samples.filter(p -> p.toString().endsWith(".json")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no event sample in " + dir));
        }
    }
}
