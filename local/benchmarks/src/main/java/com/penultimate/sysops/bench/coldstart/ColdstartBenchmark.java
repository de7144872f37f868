package com.penultimate.sysops.bench.coldstart;

import com.penultimate.sysops.local.template.FunctionSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cold start of every function of template.yaml: each repetition starts a fresh JVM per function that loads
 * the deployable jar, builds the handler as Lambda would, answers the module's first event sample against
 * the local stand-ins (placeholders filled; a function error is an answer too, as in Lambda) and reports time
 * from JVM launch to the answer, heap used and RSS. In the same run, a
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
    /** Who calls each HTTP module: the group of the token its samples carry. */
    private static final Map<String, String> CALLERS = Map.of("admin", "admin", "expert-app", "expert",
            "kb-search", "expert", "reports", "manager");
    private static final Map<String, String> SAMPLE_VALUES = Map.of("TICKET_ID", "T7K2M9Q4X8B3D",
            "EXPERT_ID", "exp-ann", "PRODUCT", "TV-OLED55", "ARTICLE_ID", "KB-COLDSTART", "SURVEY_TOKEN",
            "coldstart.not-a-survey-token", "QUERY", "no+sound", "VERSION", "1");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");

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
                            filled(sampleFor(root, spec), spec, standIns, work), standIns.environmentOf(spec)));
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

    /**
     * The sample with its placeholders filled, as the handler tests fill them: {@code ${TOKEN}} with a token for
     * the module's callers, ids with ones the stand-ins do not hold (the function answers 404 or "not found"
     * after its real reads), so the cold start runs the token check and the data access, not an early 401.
     */
    private static Path filled(Path sample, FunctionSpec spec, StandIns standIns, Path work) throws Exception {
        String module = sample.getParent().getFileName().toString();
        Map<String, String> values = new LinkedHashMap<>(SAMPLE_VALUES);
        values.put("IDEMPOTENCY_KEY", UUID.randomUUID().toString());
        values.put("START_DATE", LocalDate.now().toString());
        values.put("TOKEN", standIns.token(CALLERS.getOrDefault(module, "customer")));
        Matcher placeholder = PLACEHOLDER.matcher(Files.readString(sample));
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException(sample + ": no value for ${" + placeholder.group(1) + "}");
            }
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(text);
        Path event = work.resolve(spec.logicalId() + "-event.json");
        Files.writeString(event, text);
        return event;
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
