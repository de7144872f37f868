package com.penultimate.sysops.workflow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One step the ticket lifecycle state machine asks for (see {@code statemachines/ticket-lifecycle.asl.json}).
 *
 * @param action     beginMatching, offer, accepted, awaitCompletion, completed, release or escalate
 * @param ticketId   the ticket the execution owns
 * @param taskToken  the token the execution waits on (offer, awaitCompletion)
 * @param reason     why (release, escalate)
 * @param resolution what the expert did (completed)
 */
@Serdeable
public record WorkflowTask(String action, String ticketId, @Nullable String taskToken, @Nullable String reason,
                           @Nullable String resolution) {
}
