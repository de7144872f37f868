package com.penultimate.sysops.local.metering;

import com.penultimate.sysops.local.asl.ExecutionListener;
import com.penultimate.sysops.local.asl.HistoryEvent;

/**
 * Counts Step Functions standard-workflow state transitions, as billed: one per state entered
 * ({@code stepfunctions.transitions}, and {@code stepfunctions.transitions.<state>} to see where they go).
 */
public final class StateTransitionMeter implements ExecutionListener {
    private final Usage usage;

    public StateTransitionMeter(Usage usage) {
        this.usage = usage;
    }

    @Override
    public void onEvent(String executionArn, HistoryEvent event) {
        if (event.type().isStateEntered()) {
            usage.increment("stepfunctions.transitions");
            usage.increment("stepfunctions.transitions." + event.stateName());
        }
    }
}
