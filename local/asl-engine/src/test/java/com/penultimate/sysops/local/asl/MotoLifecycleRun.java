package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.penultimate.sysops.aws.AwsClients;
import com.penultimate.sysops.aws.moto.MotoServer;
import com.penultimate.sysops.aws.moto.MotoStateMachines;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * Runs a definition on moto's Step Functions interpreter as a {@link LifecycleScript} says: the matching function's
 * results queued for the region of its ARN, each answer sent with SendTaskSuccess to the next task token found in a
 * {@code TaskScheduled} event. The execution gets an account of its own (moto 5.2.1 runs one per account and
 * region). Skips the calling test when {@code moto_server} is absent, except under {@code CI=true}.
 */
final class MotoLifecycleRun {
    private MotoLifecycleRun() {
    }

    /** Runs {@code definition} (placeholders already substituted) to its end, or as far as the script goes. */
    static LifecycleTrace run(String definition, LifecycleScript script) {
        MotoServer.queueLambdaResults(region(script.matchingFunctionArn()), script.matches());
        String account = MotoServer.newAccount();
        try (SfnClient sfn = AwsClients.sfn(MotoServer.clientSettings(account))) {
            MotoStateMachines machines = new MotoStateMachines(sfn, account);
            String machine = machines.create("ticket-lifecycle", definition);
            String execution = sfn.startExecution(start -> start.stateMachineArn(machine)
                    .name(LifecycleScript.TICKET).input(LifecycleScript.INPUT)).executionArn();
            Set<String> answered = new HashSet<>();
            for (String answer : script.answers()) {
                HistoryEvent next = machines.awaitEvent(execution,
                        event -> ends(event) || isUnanswered(event, answered) ? Optional.of(event) : Optional.empty());
                if (ends(next)) {
                    break;
                }
                answered.add(token(next));
                sfn.sendTaskSuccess(success -> success.taskToken(token(next)).output(answer));
            }
            DescribeExecutionResponse end = machines.awaitEnd(execution);
            return trace(machines.history(execution), end);
        }
    }

    private static boolean isUnanswered(HistoryEvent event, Set<String> answered) {
        return event.type() == HistoryEventType.TASK_SCHEDULED && !answered.contains(token(event));
    }

    /** The task token a {@code TaskScheduled} event passes to the function, in {@code Payload.taskToken}. */
    private static String token(HistoryEvent scheduled) {
        return Json.parse(scheduled.taskScheduledEventDetails().parameters()).path("Payload").path("taskToken")
                .asText();
    }

    private static boolean ends(HistoryEvent event) {
        return switch (event.type()) {
            case EXECUTION_SUCCEEDED, EXECUTION_FAILED, EXECUTION_TIMED_OUT, EXECUTION_ABORTED -> true;
            default -> false;
        };
    }

    private static LifecycleTrace trace(List<HistoryEvent> history, DescribeExecutionResponse end) {
        List<LifecycleTrace.EnteredState> states = history.stream()
                .filter(event -> event.stateEnteredEventDetails() != null)
                .map(event -> new LifecycleTrace.EnteredState(event.typeAsString(),
                        event.stateEnteredEventDetails().name(), event.stateEnteredEventDetails().input()))
                .toList();
        List<LifecycleTrace.FunctionCall> calls = history.stream().map(MotoLifecycleRun::call)
                .filter(Objects::nonNull).toList();
        return new LifecycleTrace(states, calls, end.statusAsString(),
                end.output() == null ? null : Json.parse(end.output()));
    }

    /** The Lambda call an event schedules: a Lambda ARN Task, or {@code lambda:invoke} with a payload; else null. */
    private static LifecycleTrace.FunctionCall call(HistoryEvent event) {
        if (event.type() == HistoryEventType.LAMBDA_FUNCTION_SCHEDULED) {
            return LifecycleTrace.FunctionCall.of(event.lambdaFunctionScheduledEventDetails().resource(),
                    event.lambdaFunctionScheduledEventDetails().input());
        }
        if (event.type() == HistoryEventType.TASK_SCHEDULED
                && "lambda".equals(event.taskScheduledEventDetails().resourceType())) {
            JsonNode parameters = Json.parse(event.taskScheduledEventDetails().parameters());
            return LifecycleTrace.FunctionCall.of(parameters.path("FunctionName").asText(),
                    parameters.path("Payload").toString());
        }
        return null;
    }

    private static String region(String functionArn) {
        return functionArn.split(":")[3];
    }
}
