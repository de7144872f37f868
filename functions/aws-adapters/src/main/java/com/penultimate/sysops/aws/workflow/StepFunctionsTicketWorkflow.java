package com.penultimate.sysops.aws.workflow;

import com.penultimate.sysops.aws.json.FlatJson;
import com.penultimate.sysops.core.port.TaskTokenExpiredException;
import com.penultimate.sysops.core.port.TicketWorkflow;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * {@link TicketWorkflow} on a Step Functions standard state machine: one execution per ticket, named by the
 * ticket id, with input {@code {"ticketId", "offers": 0, "waits": 0}}. Step Functions refuses a second
 * execution of the same name (for 90 days after the first closed), which makes starting idempotent; a repeat
 * with the same input while the first still runs is answered as a success, as Step Functions does.
 */
public final class StepFunctionsTicketWorkflow implements TicketWorkflow {
    private final SfnClient sfn;
    private final String stateMachineArn;

    public StepFunctionsTicketWorkflow(SfnClient sfn, String stateMachineArn) {
        this.sfn = sfn;
        this.stateMachineArn = stateMachineArn;
    }

    /** The execution input for a ticket's workflow. */
    public static String input(String ticketId) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("ticketId", ticketId);
        input.put("offers", 0);
        input.put("waits", 0);
        return FlatJson.write(input);
    }

    @Override
    public boolean start(String ticketId) {
        try {
            sfn.startExecution(start -> start.stateMachineArn(stateMachineArn).name(ticketId).input(input(ticketId)));
            return true;
        } catch (ExecutionAlreadyExistsException e) {
            return false;
        }
    }

    @Override
    public void succeed(String taskToken, String resultJson) {
        try {
            sfn.sendTaskSuccess(success -> success.taskToken(taskToken).output(resultJson));
        } catch (TaskTimedOutException | InvalidTokenException | TaskDoesNotExistException e) {
            throw expired(e);
        }
    }

    @Override
    public void fail(String taskToken, String error, String cause) {
        try {
            sfn.sendTaskFailure(failure -> failure.taskToken(taskToken).error(error).cause(cause));
        } catch (TaskTimedOutException | InvalidTokenException | TaskDoesNotExistException e) {
            throw expired(e);
        }
    }

    private static TaskTokenExpiredException expired(RuntimeException e) {
        return new TaskTokenExpiredException("the workflow step no longer waits on this task token", e);
    }
}
