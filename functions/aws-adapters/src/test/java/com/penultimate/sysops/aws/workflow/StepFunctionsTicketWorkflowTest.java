package com.penultimate.sysops.aws.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.aws.AwsClients;
import com.penultimate.sysops.aws.RecordedRequests;
import com.penultimate.sysops.aws.moto.MotoServer;
import com.penultimate.sysops.aws.moto.MotoStateMachines;
import com.penultimate.sysops.core.port.TaskTokenExpiredException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.SendTaskFailureRequest;

/** Against moto's Step Functions interpreter, with a state machine that waits on a task token like an offer. */
class StepFunctionsTicketWorkflowTest {
    private static final Pattern TOKEN = Pattern.compile("\"token\":\\s*\"([^\"]+)\"");
    private static final String OFFER = """
            {"StartAt": "Offer", "States": {
              "Offer": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                "Parameters": {"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:notify",
                  "Payload": {"token.$": "$$.Task.Token", "ticketId.$": "$.ticketId"}},
                "ResultPath": "$.answer", "Next": "Done"},
              "Done": {"Type": "Succeed"}}}""";

    private final String account = MotoServer.newAccount();
    private final RecordedRequests requests = new RecordedRequests();
    private final SfnClient sfn = AwsClients.sfn(MotoServer.clientSettings(account).withInterceptor(requests));
    private final MotoStateMachines machines = new MotoStateMachines(sfn, account);
    private final String stateMachineArn = machines.create("ticket-lifecycle", OFFER);
    private final StepFunctionsTicketWorkflow workflow = new StepFunctionsTicketWorkflow(sfn, stateMachineArn);

    @AfterEach
    void closeClient() {
        sfn.close();
    }

    @Test
    void start_runsAnExecutionNamedByTheTicketWithTheInitialInput() {
        assertThat(workflow.start("T-START")).isTrue();

        awaitToken("T-START");
        DescribeExecutionResponse execution = sfn.describeExecution(describe -> describe.executionArn(arn("T-START")));
        assertThat(execution.name()).isEqualTo("T-START");
        assertThat(execution.input()).isEqualTo("{\"ticketId\":\"T-START\",\"offers\":0,\"waits\":0}");
    }

    @Test
    void start_ofATicketWhoseWorkflowRanIsRefusedAndReturnsFalse() {
        workflow.start("T-TWICE");
        workflow.fail(awaitToken("T-TWICE"), "Cancelled", "ticket cancelled");
        machines.awaitEnd(arn("T-TWICE"));

        assertThat(workflow.start("T-TWICE")).isFalse();
    }

    @Test
    void succeed_resumesTheStepWaitingOnTheTokenWithTheResult() {
        workflow.start("T-ACCEPT");

        workflow.succeed(awaitToken("T-ACCEPT"), "{\"answer\":\"ACCEPT\",\"expertId\":\"E1\"}");

        DescribeExecutionResponse done = machines.awaitEnd(arn("T-ACCEPT"));
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.output().replace(" ", ""))
                .contains("\"answer\":{\"answer\":\"ACCEPT\",\"expertId\":\"E1\"}");
    }

    @Test
    void fail_failsTheStepWithTheErrorAndCause() {
        workflow.start("T-DECLINE");

        workflow.fail(awaitToken("T-DECLINE"), "OfferDeclined", "expert E1 declined: too far");

        assertThat(requests.of(SendTaskFailureRequest.class)).singleElement().satisfies(failure -> {
            assertThat(failure.error()).isEqualTo("OfferDeclined");
            assertThat(failure.cause()).isEqualTo("expert E1 declined: too far");
        });
        // moto 5.2.1 drops the cause; the error reaches the state machine.
        assertThat(machines.awaitEnd(arn("T-DECLINE")).status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(machines.history(arn("T-DECLINE"))).filteredOn(e -> e.type() == HistoryEventType.TASK_FAILED)
                .singleElement()
                .satisfies(failed -> assertThat(failed.taskFailedEventDetails().error()).isEqualTo("OfferDeclined"));
    }

    @Test
    void succeed_onATokenAlreadyAnsweredIsTaskTokenExpired() {
        workflow.start("T-LATE");
        String token = awaitToken("T-LATE");
        workflow.succeed(token, "{}");
        machines.awaitEnd(arn("T-LATE"));

        assertThatThrownBy(() -> workflow.succeed(token, "{}")).isInstanceOf(TaskTokenExpiredException.class);
    }

    @Test
    void succeedAndFail_onATokenNobodyIssuedAreTaskTokenExpired() {
        assertThatThrownBy(() -> workflow.succeed("not-a-token", "{}")).isInstanceOf(TaskTokenExpiredException.class);
        assertThatThrownBy(() -> workflow.fail("not-a-token", "E", "c")).isInstanceOf(TaskTokenExpiredException.class);
    }

    @Test
    void input_escapesTheTicketId() {
        assertThat(StepFunctionsTicketWorkflow.input("T\"1"))
                .isEqualTo("{\"ticketId\":\"T\\\"1\",\"offers\":0,\"waits\":0}");
    }

    private String awaitToken(String ticketId) {
        return machines.awaitEvent(arn(ticketId), event -> {
            if (event.type() != HistoryEventType.TASK_SCHEDULED) {
                return Optional.empty();
            }
            Matcher token = TOKEN.matcher(event.taskScheduledEventDetails().parameters());
            return token.find() ? Optional.of(token.group(1)) : Optional.empty();
        });
    }

    private String arn(String ticketId) {
        return stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + ticketId;
    }
}
