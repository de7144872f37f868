package com.penultimate.sysops.workflow;

import com.penultimate.sysops.core.lifecycle.CompletionArticle;
import com.penultimate.sysops.core.lifecycle.CompletionArticles;
import com.penultimate.sysops.core.lifecycle.TicketLifecycle;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.survey.SurveyInvitations;
import com.penultimate.sysops.lambda.metrics.BusinessMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one step of the ticket's lifecycle for the state machine, from matching to the survey after the
 * completion. Every step is safe to retry; a step with
 * missing input fails with {@link IllegalArgumentException}, an unknown one with
 * {@link UnknownWorkflowActionException}; the state machine catches both and escalates the ticket. A ticket's
 * first offer records the time from filing to offer, and an escalation counts once, as business metrics.
 */
final class WorkflowSteps {
    /** The steps, named as the state machine names them. */
    static final List<String> ACTIONS = List.of("beginMatching", "offer", "accepted", "awaitCompletion", "completed",
            "release", "escalate", "sendSurvey", "remindSurvey", "closeSurvey");
    private static final Logger LOG = LoggerFactory.getLogger(WorkflowSteps.class);

    private final TicketLifecycle lifecycle;
    private final SurveyInvitations surveys;
    private final BusinessMetrics metrics;
    private final Clock clock;

    WorkflowSteps(TicketLifecycle lifecycle, SurveyInvitations surveys, BusinessMetrics metrics, Clock clock) {
        this.lifecycle = lifecycle;
        this.surveys = surveys;
        this.metrics = metrics;
        this.clock = clock;
    }

    WorkflowStepResult run(WorkflowTask task) {
        String action = task == null ? null : task.action();
        if (action == null || !ACTIONS.contains(action)) {
            throw new UnknownWorkflowActionException(action);
        }
        String ticketId = required(task.ticketId(), "ticketId", action);
        Boolean surveyOpen = null;
        switch (action) {
            case "beginMatching" -> lifecycle.beginMatching(ticketId);
            case "offer" -> offered(lifecycle.offer(ticketId, required(task.taskToken(), "taskToken", action)));
            case "accepted" -> lifecycle.accepted(ticketId);
            case "awaitCompletion" -> lifecycle.awaitCompletion(ticketId,
                    required(task.taskToken(), "taskToken", action));
            case "completed" -> completed(ticketId, task.completion(), action);
            case "release" -> lifecycle.release(ticketId, required(task.reason(), "reason", action));
            case "escalate" -> escalate(ticketId, required(task.reason(), "reason", action));
            case "sendSurvey" -> surveys.send(ticketId);
            case "remindSurvey" -> {
                surveyOpen = surveys.remind(ticketId);
                LOG.info("survey {}: ticketId={}", surveyOpen ? "reminder sent" : "no longer open, no reminder", ticketId);
            }
            default -> LOG.info("survey {}: ticketId={}", surveys.close(ticketId)
                    ? "closed unanswered" : "no longer open, left as it is", ticketId);
        }
        LOG.info("workflow step done: action={} ticketId={}", action, ticketId);
        return new WorkflowStepResult(action, ticketId, surveyOpen);
    }

    private void offered(Ticket ticket) {
        if (ticket.dispatch().offers() == 1) {
            metrics.duration(BusinessMetrics.TIME_TO_OFFER, Duration.between(ticket.createdAt(), clock.instant()),
                    ticket.ticketId());
        }
    }

    private void escalate(String ticketId, String reason) {
        if (lifecycle.escalate(ticketId, reason)) {
            metrics.count(BusinessMetrics.ESCALATIONS, ticketId);
        }
    }

    private void completed(String ticketId, WorkflowTask.Completion completion, String action) {
        String resolution = required(completion == null ? null : completion.resolution(), "completion.resolution",
                action);
        WorkflowTask.KbArticle kb = completion.kbArticle();
        CompletionArticle article = kb == null ? null : new CompletionArticle(kb.title(), kb.problem(),
                kb.solution(), kb.tags() == null ? null : new LinkedHashSet<>(kb.tags()));
        CompletionArticles.Publication publication = lifecycle.completed(ticketId, resolution, article);
        if (publication instanceof CompletionArticles.Publication.Published published) {
            LOG.info("knowledge-base article of the completion published: ticketId={} articleId={}", ticketId,
                    published.articleId());
        } else if (publication instanceof CompletionArticles.Publication.Refused refused) {
            LOG.warn("knowledge-base article of the completion refused, the completion stands: ticketId={} "
                    + "problems={}", ticketId, refused.problems());
        }
    }

    private static String required(String value, String field, String action) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("workflow action " + action + " needs '" + field + "'");
        }
        return value;
    }
}
