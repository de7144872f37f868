package com.penultimate.sysops.local.faults;

import com.penultimate.sysops.local.services.LambdaServiceException;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Injects faults into function invocations and SQS deliveries by a {@link FaultPlan}, with one seeded random
 * sequence (so a single-threaded run is reproducible), and counts what it injected.
 */
public final class FaultInjector {
    private static final Fault[] FAULTS = {Fault.FAIL_BEFORE, Fault.FAIL_AFTER, Fault.TIME_OUT};

    private final FaultPlan plan;
    private final Random random;
    private final Map<String, Map<Fault, AtomicLong>> injected = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> duplicated = new ConcurrentHashMap<>();

    public FaultInjector(FaultPlan plan) {
        this.plan = plan;
        this.random = new Random(plan.seed());
    }

    /** An injector that never injects anything. */
    public static FaultInjector none() {
        return new FaultInjector(FaultPlan.none());
    }

    public FaultPlan plan() {
        return plan;
    }

    /** Draws the fault for one invocation of the function: with the function's rate, one of the three kinds. */
    public Fault next(String logicalId, String functionName) {
        double rate = plan.rateFor(logicalId, functionName);
        if (rate == 0) {
            return Fault.NONE;
        }
        Fault fault;
        synchronized (random) {
            fault = random.nextDouble() < rate ? FAULTS[random.nextInt(FAULTS.length)] : Fault.NONE;
        }
        if (fault != Fault.NONE) {
            injected.computeIfAbsent(functionName, f -> new ConcurrentHashMap<>())
                    .computeIfAbsent(fault, f -> new AtomicLong()).incrementAndGet();
        }
        return fault;
    }

    /** Whether to deliver one SQS message to the function a second time (with the function's rate). */
    public boolean duplicate(String logicalId, String functionName) {
        double rate = plan.rateFor(logicalId, functionName);
        boolean twice;
        synchronized (random) {
            twice = rate > 0 && random.nextDouble() < rate;
        }
        if (twice) {
            duplicated.computeIfAbsent(functionName, f -> new AtomicLong()).incrementAndGet();
        }
        return twice;
    }

    /** Runs one invocation of the function under the fault drawn for it. */
    public String invoke(String logicalId, String functionName, int timeoutSeconds, Callable<String> handler)
            throws Exception {
        Fault fault = next(logicalId, functionName);
        if (fault == Fault.FAIL_BEFORE) {
            throw LambdaServiceException.unavailable(functionName, new InjectedFault(fault));
        }
        String answer = handler.call();
        return switch (fault) {
            case FAIL_AFTER -> throw LambdaServiceException.crashed(functionName, new InjectedFault(fault));
            case TIME_OUT -> throw LambdaServiceException.timedOut(functionName, timeoutSeconds, new InjectedFault(fault));
            default -> answer;
        };
    }

    /** Faults injected so far: function name → fault → count, plus {@code DUPLICATE} deliveries. */
    public Map<String, Map<String, Long>> injected() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        injected.forEach((function, faults) -> faults.forEach((fault, n) ->
                counts.computeIfAbsent(function, f -> new TreeMap<>()).put(fault.name(), n.get())));
        duplicated.forEach((function, n) ->
                counts.computeIfAbsent(function, f -> new TreeMap<>()).put("DUPLICATE", n.get()));
        return counts;
    }

    /** How many faults and duplicates were injected in all. */
    public long total() {
        return injected().values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }
}
