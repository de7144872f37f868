package com.penultimate.sysops.core.lifecycle;

import com.penultimate.sysops.core.error.FieldProblem;
import com.penultimate.sysops.core.kb.ArticleDraft;
import com.penultimate.sysops.core.model.Ticket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The knowledge-base article an expert may write when completing a ticket: its text and tags; the ticket gives
 * its product and the expert is its author. It is checked against the knowledge base's rules when the expert
 * sends it, so that the completion is refused at once rather than half-done later.
 */
public record CompletionArticle(String title, String problem, String solution, Set<String> tags) {
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 20_000;
    static final int MAX_TAGS = 20;
    private static final Pattern TAG = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} _.-]{0,39}$");

    public CompletionArticle {
        tags = tags == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
    }

    /** The article as a draft of the knowledge base: the ticket's product, these tags. */
    public ArticleDraft draftFor(Ticket ticket) {
        return new ArticleDraft(title, problem, solution, Set.of(ticket.product()), tags);
    }

    /** Every broken rule, each field named under {@code prefix} (e.g. {@code kbArticle.title}). */
    List<FieldProblem> problems(String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, prefix + ".title", title, MAX_TITLE);
        text(problems, prefix + ".problem", problem, MAX_TEXT);
        text(problems, prefix + ".solution", solution, MAX_TEXT);
        if (tags.size() > MAX_TAGS) {
            problems.add(new FieldProblem(prefix + ".tags", "must name at most " + MAX_TAGS));
        } else if (tags.stream().anyMatch(t -> t == null || !TAG.matcher(t).matches())) {
            problems.add(new FieldProblem(prefix + ".tags[]", "must be 1-40 letters, digits, spaces, '.', '_' or '-'"));
        }
        return problems;
    }

    /** The article as JSON, for the workflow. */
    String json() {
        return "{\"title\":" + ExpertDesk.jsonString(title) + ",\"problem\":" + ExpertDesk.jsonString(problem)
                + ",\"solution\":" + ExpertDesk.jsonString(solution) + ",\"tags\":["
                + String.join(",", tags.stream().map(ExpertDesk::jsonString).toList()) + "]}";
    }

    private static void text(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (value.length() > maxLength) {
            problems.add(new FieldProblem(field, "must be at most " + maxLength + " characters"));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            problems.add(new FieldProblem(field, "must not contain control characters"));
        }
    }
}
