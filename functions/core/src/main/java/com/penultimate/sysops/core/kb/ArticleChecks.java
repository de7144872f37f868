package com.penultimate.sysops.core.kb;

import com.penultimate.sysops.core.error.FieldProblem;
import com.penultimate.sysops.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** The rules an article's text and a search must keep; every broken rule is reported at once. */
final class ArticleChecks {
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 20_000;
    static final int MAX_QUERY = 500;
    static final int MAX_LIMIT = 50;
    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");
    private static final Pattern TAG = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} _.-]{0,39}$");

    private final List<FieldProblem> problems = new ArrayList<>();

    static void draft(ArticleDraft draft) {
        if (draft == null) {
            throw InvalidInputException.of("body", "is required");
        }
        ArticleChecks checks = new ArticleChecks().text("title", draft.title(), MAX_TITLE)
                .text("problem", draft.problem(), MAX_TEXT).text("solution", draft.solution(), MAX_TEXT);
        checks.all("products", draft.products(), 1, 20, CODE, "must be a product code (letters, digits, '.', '_', '-')");
        checks.all("tags", draft.tags(), 0, 20, TAG, "must be 1-40 letters, digits, spaces, '.', '_' or '-'");
        checks.orThrow();
    }

    static void search(String query, String product, int limit) {
        ArticleChecks checks = new ArticleChecks().text("q", query, MAX_QUERY);
        if (product != null && !CODE.matcher(product).matches()) {
            checks.problems.add(new FieldProblem("product", "must be a product code"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            checks.problems.add(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT));
        }
        checks.orThrow();
    }

    private ArticleChecks text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (value.length() > maxLength) {
            problems.add(new FieldProblem(field, "must be at most " + maxLength + " characters"));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            problems.add(new FieldProblem(field, "must not contain control characters"));
        }
        return this;
    }

    private void all(String field, Collection<String> values, int min, int max, Pattern pattern, String problem) {
        if (values == null || values.size() < min) {
            problems.add(new FieldProblem(field, min == 1 ? "must name at least one" : "is required"));
        } else if (values.size() > max) {
            problems.add(new FieldProblem(field, "must name at most " + max));
        } else if (values.stream().anyMatch(v -> v == null || !pattern.matcher(v).matches())) {
            problems.add(new FieldProblem(field + "[]", problem));
        }
    }

    private void orThrow() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
