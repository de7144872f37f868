package com.penultimate.sysops.workflow;

import io.micronaut.serde.annotation.Serdeable;

/** The step that was done, for the execution's history. */
@Serdeable
public record WorkflowStepResult(String action, String ticketId) {
}
