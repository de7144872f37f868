package com.penultimate.sysops.local.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.local.asl.RoutingTaskInvoker;
import com.penultimate.sysops.local.asl.WorkflowEngine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

class StepFunctionsOnLocalEndpointTest {
    /** Offers the ticket to an expert and waits for the answer on a task token. */
    private static final String OFFER = """
            {"StartAt": "Offer", "States": {"Offer": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
              "Parameters": {"FunctionName": "offer", "Payload": {"ticketId.$": "$.ticketId", "token.$": "$$.Task.Token"}},
              "End": true}}}""";

    private final BlockingQueue<String> tokens = new LinkedBlockingQueue<>();
    private WorkflowEngine engine;
    private String machineArn;
    private LocalAwsEndpoint endpoint;
    private SfnClient sfn;

    @BeforeEach
    void start() throws Exception {
        engine = WorkflowEngine.builder().withRegionAndAccount(LocalArns.REGION, LocalArns.ACCOUNT_ID)
                .withTaskInvoker(new RoutingTaskInvoker().withFunction("offer", (payload, context) -> {
                    tokens.add(payload.path("token").asText());
                    return payload;
                })).build();
        machineArn = engine.register("ticket-lifecycle", OFFER);
        endpoint = new LocalAwsEndpoint(0, List.of(new StepFunctionsApi(engine)));
        endpoint.start();
        sfn = SdkClients.local(SfnClient.builder(), endpoint.endpoint());
    }

    @AfterEach
    void stop() throws Exception {
        sfn.close();
        endpoint.stop(0);
        engine.close();
    }

    @Test
    void startThenSendTaskSuccess_completesTheExecution_asDescribeShows() throws Exception {
        String executionArn = sfn.startExecution(b -> b.stateMachineArn(machineArn).name("T1")
                .input("{\"ticketId\":\"T1\"}")).executionArn();
        String token = tokens.poll(10, TimeUnit.SECONDS);

        DescribeExecutionResponse running = sfn.describeExecution(b -> b.executionArn(executionArn));
        sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"decision\":\"ACCEPTED\"}"));
        engine.awaitCompletion(executionArn, Duration.ofSeconds(10));
        DescribeExecutionResponse done = sfn.describeExecution(b -> b.executionArn(executionArn));

        assertThat(executionArn).isEqualTo("arn:aws:states:us-east-1:000000000000:execution:ticket-lifecycle:T1");
        assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(running.input()).isEqualTo("{\"ticketId\":\"T1\"}");
        assertThat(running.stateMachineArn()).isEqualTo(machineArn);
        assertThat(running.startDate()).isNotNull();
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.output()).isEqualTo("{\"decision\":\"ACCEPTED\"}");
        assertThat(done.stopDate()).isAfterOrEqualTo(done.startDate());
    }

    @Test
    void startingAFinishedExecutionNameAgain_isExecutionAlreadyExists() throws Exception {
        sfn.startExecution(b -> b.stateMachineArn(machineArn).name("T2").input("{\"ticketId\":\"T2\"}"));
        String token = next();
        sfn.sendTaskFailure(b -> b.taskToken(token).error("Declined").cause("busy"));
        engine.awaitCompletion("T2", Duration.ofSeconds(10));

        assertThat(sfn.describeExecution(b -> b.executionArn(arn("T2"))).error()).isEqualTo("Declined");
        assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(machineArn).name("T2")
                .input("{\"ticketId\":\"T2\"}"))).isInstanceOf(ExecutionAlreadyExistsException.class);
    }

    @Test
    void startingARunningExecutionAgainWithTheSameInput_returnsIt_asAwsDoes() throws Exception {
        String first = sfn.startExecution(b -> b.stateMachineArn(machineArn).name("T3").input("{\"ticketId\":\"T3\"}"))
                .executionArn();
        String second = sfn.startExecution(b -> b.stateMachineArn(machineArn).name("T3").input("{\"ticketId\":\"T3\"}"))
                .executionArn();

        assertThat(second).isEqualTo(first);
        assertThat(sfn.listExecutions(b -> b.stateMachineArn(machineArn)).executions()).hasSize(1);
    }

    @Test
    void tokensThatWereNeverIssuedOrAreSpent_areRefusedWithTheirAwsExceptions() throws Exception {
        sfn.startExecution(b -> b.stateMachineArn(machineArn).name("T4").input("{\"ticketId\":\"T4\"}"));
        String token = next();
        sfn.sendTaskHeartbeat(b -> b.taskToken(token));
        sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}"));

        assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}")))
                .isInstanceOf(TaskTimedOutException.class);
        assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken("forged").output("{}")))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void unknownExecutionsAndStateMachines_areRefusedWithTheirAwsExceptions() {
        assertThatThrownBy(() -> sfn.describeExecution(b -> b.executionArn(arn("nope"))))
                .isInstanceOf(ExecutionDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(
                "arn:aws:states:us-east-1:000000000000:stateMachine:nope"))).isInstanceOf(StateMachineDoesNotExistException.class);
    }

    @Test
    void stopExecution_abortsIt() throws Exception {
        sfn.startExecution(b -> b.stateMachineArn(machineArn).name("T5").input("{\"ticketId\":\"T5\"}"));
        next();

        assertThat(sfn.stopExecution(b -> b.executionArn(arn("T5")).error("Cancelled")).stopDate()).isNotNull();
        assertThat(sfn.describeExecution(b -> b.executionArn(arn("T5"))).status()).isEqualTo(ExecutionStatus.ABORTED);
    }

    private String next() throws InterruptedException {
        String token = tokens.poll(10, TimeUnit.SECONDS);
        assertThat(token).as("a task token within 10 s").isNotNull();
        return token;
    }

    private static String arn(String name) {
        return "arn:aws:states:us-east-1:000000000000:execution:ticket-lifecycle:" + name;
    }
}
