package com.penultimate.sysops.workflow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One step the ticket lifecycle state machine asks for (see {@code statemachines/ticket-lifecycle.asl.json}).
 *
 * @param action     beginMatching, offer, accepted, awaitCompletion, completed, release, escalate, sendSurvey,
 *                   remindSurvey or closeSurvey
 * @param ticketId   the ticket the execution owns
 * @param taskToken  the token the execution waits on (offer, awaitCompletion)
 * @param reason     why (release, escalate)
 * @param completion what the expert reported when completing (completed): the answer the execution waited on
 */
@Serdeable
public record WorkflowTask(String action, String ticketId, @Nullable String taskToken, @Nullable String reason,
                           @Nullable Completion completion) {

    /**
     * The expert's completion report.
     *
     * @param resolution what the expert did
     * @param kbArticle  the knowledge-base article the expert wrote with it, if any
     */
    @Serdeable
    public record Completion(@Nullable String resolution, @Nullable KbArticle kbArticle) {
    }

    /** An article's text and tags; the ticket gives its product, the expert is its author. */
    @Serdeable
    public record KbArticle(@Nullable String title, @Nullable String problem, @Nullable String solution,
                            @Nullable List<String> tags) {
    }
}
