package com.penultimate.sysops.workflow;

import com.penultimate.sysops.core.lifecycle.TicketLifecycle;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one step of the ticket's lifecycle for the state machine. Every step is safe to retry; a step with
 * missing input fails with {@link IllegalArgumentException}, an unknown one with
 * {@link UnknownWorkflowActionException}; the state machine catches both and escalates the ticket.
 */
final class WorkflowSteps {
    /** The steps, named as the state machine names them. */
    static final List<String> ACTIONS = List.of("beginMatching", "offer", "accepted", "awaitCompletion", "completed",
            "release", "escalate");
    private static final Logger LOG = LoggerFactory.getLogger(WorkflowSteps.class);

    private final TicketLifecycle lifecycle;

    WorkflowSteps(TicketLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    WorkflowStepResult run(WorkflowTask task) {
        String action = task == null ? null : task.action();
        if (action == null || !ACTIONS.contains(action)) {
            throw new UnknownWorkflowActionException(action);
        }
        String ticketId = required(task.ticketId(), "ticketId", action);
        switch (action) {
            case "beginMatching" -> lifecycle.beginMatching(ticketId);
            case "offer" -> lifecycle.offer(ticketId, required(task.taskToken(), "taskToken", action));
            case "accepted" -> lifecycle.accepted(ticketId);
            case "awaitCompletion" -> lifecycle.awaitCompletion(ticketId,
                    required(task.taskToken(), "taskToken", action));
            case "completed" -> lifecycle.completed(ticketId, required(task.resolution(), "resolution", action));
            case "release" -> lifecycle.release(ticketId, required(task.reason(), "reason", action));
            default -> lifecycle.escalate(ticketId, required(task.reason(), "reason", action));
        }
        LOG.info("workflow step done: action={} ticketId={}", action, ticketId);
        return new WorkflowStepResult(action, ticketId);
    }

    private static String required(String value, String field, String action) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("workflow action " + action + " needs '" + field + "'");
        }
        return value;
    }
}
