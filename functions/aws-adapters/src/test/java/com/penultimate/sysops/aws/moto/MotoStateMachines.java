package com.penultimate.sysops.aws.moto;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * State machines on {@link MotoServer} for tests: created from ASL text, and watched until an execution reaches
 * a point. Watching asks moto again and again until the deadline, each question paced by its round trip.
 */
public final class MotoStateMachines {
    public static final Duration DEADLINE = Duration.ofSeconds(30);

    private final SfnClient sfn;
    private final String account;

    /** {@code sfn} must act in {@code account} (see {@link MotoServer#clientSettings(String)}). */
    public MotoStateMachines(SfnClient sfn, String account) {
        this.sfn = sfn;
        this.account = account;
    }

    /** Creates a standard state machine and returns its ARN. */
    public String create(String name, String definition) {
        return sfn.createStateMachine(create -> create.name(name).definition(definition)
                .roleArn("arn:aws:iam::" + account + ":role/sysops-workflow")).stateMachineArn();
    }

    /** The execution once it is no longer running. */
    public DescribeExecutionResponse awaitEnd(String executionArn) {
        return await(executionArn, arn -> {
            DescribeExecutionResponse execution = sfn.describeExecution(describe -> describe.executionArn(arn));
            return execution.status() == ExecutionStatus.RUNNING ? Optional.empty() : Optional.of(execution);
        });
    }

    /** The first history event {@code found} picks, once there is one. */
    public <T> T awaitEvent(String executionArn, Function<HistoryEvent, Optional<T>> found) {
        return await(executionArn, arn -> history(arn).stream().map(found).flatMap(Optional::stream).findFirst());
    }

    public List<HistoryEvent> history(String executionArn) {
        return sfn.getExecutionHistory(history -> history.executionArn(executionArn).maxResults(1000)).events();
    }

    private <T> T await(String executionArn, Function<String, Optional<T>> probe) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> answer = probe.apply(executionArn);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        throw new AssertionError(executionArn + " did not get there within " + DEADLINE);
    }
}
