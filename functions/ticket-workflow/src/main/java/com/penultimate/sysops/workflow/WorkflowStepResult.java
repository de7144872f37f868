package com.penultimate.sysops.workflow;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The step that was done, for the execution's history; for {@code remindSurvey}, whether the survey is still
 * open, so the workflow ends at once when it was answered (null for other steps).
 */
@Serdeable
public record WorkflowStepResult(String action, String ticketId, Boolean surveyOpen) {

    public WorkflowStepResult(String action, String ticketId) {
        this(action, ticketId, null);
    }
}
