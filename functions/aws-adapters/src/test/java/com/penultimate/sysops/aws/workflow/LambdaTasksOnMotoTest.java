package com.penultimate.sysops.aws.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.aws.AwsClients;
import com.penultimate.sysops.aws.moto.MotoServer;
import com.penultimate.sysops.aws.moto.MotoStateMachines;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * Proof that moto runs state machines whose Task states call Lambda ARNs without Docker: the lambda-simple
 * backend answers each invocation with the next result queued through {@code /moto-api/static/lambda-simple/
 * response} for the region of the Lambda ARN (the functions need not exist), and the Choice after the Task
 * takes the path that result dictates.
 */
class LambdaTasksOnMotoTest {
    /** The Lambda results queue of this region is this test's alone. */
    private static final String LAMBDA_REGION = "eu-west-3";
    private static final String MATCH_THEN_CHOOSE = """
            {"StartAt": "Match", "States": {
              "Match": {"Type": "Task", "Resource": "arn:aws:lambda:eu-west-3:123456789012:function:match",
                "ResultPath": "$.match", "Next": "Found?"},
              "Found?": {"Type": "Choice",
                "Choices": [{"Variable": "$.match.found", "BooleanEquals": true, "Next": "Offered"}],
                "Default": "NoExpert"},
              "Offered": {"Type": "Succeed"},
              "NoExpert": {"Type": "Fail", "Error": "NoExpert"}}}""";

    @Test
    void taskCallsLambdaThenChoiceFollowsTheQueuedResult() {
        MotoServer.queueLambdaResults(LAMBDA_REGION, List.of("{\"found\":true,\"expertId\":\"E1\"}"));

        Run run = run("T-FOUND");

        assertThat(run.execution().status()).as("%s", run.history()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.execution().output().replace(" ", ""))
                .contains("\"match\":{\"found\":true,\"expertId\":\"E1\"}");
        assertThat(run.statesEntered()).containsExactly("Match", "Found?", "Offered");
        assertThat(run.history()).extracting(HistoryEvent::type).containsExactly(
                HistoryEventType.EXECUTION_STARTED,
                HistoryEventType.TASK_STATE_ENTERED,
                HistoryEventType.LAMBDA_FUNCTION_SCHEDULED,
                HistoryEventType.LAMBDA_FUNCTION_STARTED,
                HistoryEventType.LAMBDA_FUNCTION_SUCCEEDED,
                HistoryEventType.TASK_STATE_EXITED,
                HistoryEventType.CHOICE_STATE_ENTERED,
                HistoryEventType.CHOICE_STATE_EXITED,
                HistoryEventType.SUCCEED_STATE_ENTERED,
                HistoryEventType.SUCCEED_STATE_EXITED,
                HistoryEventType.EXECUTION_SUCCEEDED);
    }

    @Test
    void anotherQueuedResultTakesTheOtherBranch() {
        MotoServer.queueLambdaResults(LAMBDA_REGION, List.of("{\"found\":false}"));

        Run run = run("T-NOBODY");

        assertThat(run.execution().status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.execution().error()).isEqualTo("NoExpert");
        assertThat(run.statesEntered()).containsExactly("Match", "Found?", "NoExpert");
    }

    /** Runs the machine once, in an account of its own (moto 5.2.1 runs one execution per account). */
    private static Run run(String name) {
        String account = MotoServer.newAccount();
        try (SfnClient sfn = AwsClients.sfn(MotoServer.clientSettings(account))) {
            MotoStateMachines machines = new MotoStateMachines(sfn, account);
            String machine = machines.create("match-proof", MATCH_THEN_CHOOSE);
            String execution = sfn.startExecution(start -> start.stateMachineArn(machine).name(name)
                    .input("{\"ticketId\":\"" + name + "\"}")).executionArn();
            return new Run(machines.awaitEnd(execution), machines.history(execution));
        }
    }

    private record Run(DescribeExecutionResponse execution, List<HistoryEvent> history) {
        List<String> statesEntered() {
            return history.stream().map(HistoryEvent::stateEnteredEventDetails).filter(Objects::nonNull)
                    .flatMap(details -> Stream.of(details.name())).toList();
        }
    }
}
