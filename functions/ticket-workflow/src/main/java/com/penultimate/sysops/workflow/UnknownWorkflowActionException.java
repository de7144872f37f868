package com.penultimate.sysops.workflow;

/** The state machine asked for a step this function does not know: the definition and the code disagree. */
public final class UnknownWorkflowActionException extends IllegalArgumentException {
    public UnknownWorkflowActionException(String action) {
        super("unknown workflow action '" + action + "'; expected one of " + WorkflowSteps.ACTIONS);
    }
}
