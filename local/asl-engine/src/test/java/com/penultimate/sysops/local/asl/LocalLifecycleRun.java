package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs a definition on this module's {@link WorkflowEngine} as a {@link LifecycleScript} says. The manual clock
 * moves a second at a time while the execution waits for something other than an answer, so Wait states pass as
 * they would in real time, without sleeping.
 */
final class LocalLifecycleRun {
    /** Enough seconds for every Wait of a shortened definition; never enough for a task token to time out. */
    private static final int MAX_SECONDS = 120;

    private final ManualWorkflowClock clock = new ManualWorkflowClock(EngineHarness.START);
    private final Deque<String> matches;
    private final Deque<String> tokens = new ArrayDeque<>();
    private final List<LifecycleTrace.FunctionCall> calls = new ArrayList<>();
    private final WorkflowEngine engine;

    private LocalLifecycleRun(LifecycleScript script) {
        matches = new ArrayDeque<>(script.matches());
        RoutingTaskInvoker functions = new RoutingTaskInvoker()
                .withFunction(name(script.workflowFunctionArn()), (payload, context) -> {
                    record(script.workflowFunctionArn(), payload);
                    if (payload.has("taskToken")) {
                        tokens.add(payload.get("taskToken").asText());
                    }
                    return payload;
                })
                .withFunction(name(script.matchingFunctionArn()), (payload, context) -> {
                    record(script.matchingFunctionArn(), payload);
                    return matches.isEmpty() ? payload : Json.parse(matches.poll());
                });
        engine = WorkflowEngine.builder().withClock(clock).withExecutor(Runnable::run).withTaskInvoker(functions)
                .build();
    }

    /** Runs {@code definition} (placeholders already substituted) to its end, or as far as the script goes. */
    static LifecycleTrace run(String definition, LifecycleScript script) {
        return new LocalLifecycleRun(script).run(definition, script.answers());
    }

    private LifecycleTrace run(String definition, List<String> answers) {
        engine.register("ticket-lifecycle", definition);
        engine.start("ticket-lifecycle", LifecycleScript.TICKET, LifecycleScript.INPUT);
        for (String answer : answers) {
            advanceWhile(tokens::isEmpty);
            if (tokens.isEmpty()) {
                break;
            }
            engine.sendTaskSuccess(tokens.poll(), answer);
        }
        advanceWhile(() -> true);
        ExecutionDescription end = engine.describe(LifecycleScript.TICKET);
        List<LifecycleTrace.EnteredState> states = engine.history(LifecycleScript.TICKET).events().stream()
                .filter(event -> event.type().isStateEntered())
                .map(event -> new LifecycleTrace.EnteredState(event.type().awsName(), event.stateName(),
                        event.details().get("input").toString()))
                .toList();
        return new LifecycleTrace(states, calls, end.status().name(),
                end.output() == null ? null : Json.parse(end.output().toString()));
    }

    /** Moves the clock a second at a time while the execution runs and {@code condition} holds. */
    private void advanceWhile(BooleanSupplier condition) {
        for (int second = 0; second < MAX_SECONDS && condition.getAsBoolean() && running(); second++) {
            clock.advance(Duration.ofSeconds(1));
        }
    }

    private boolean running() {
        return engine.describe(LifecycleScript.TICKET).status() == ExecutionStatus.RUNNING;
    }

    private void record(String function, JsonNode payload) {
        calls.add(LifecycleTrace.FunctionCall.of(function, payload.toString()));
    }

    private static String name(String functionArn) {
        return functionArn.substring(functionArn.lastIndexOf(':') + 1);
    }
}
