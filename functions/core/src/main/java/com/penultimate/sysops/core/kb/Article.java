package com.penultimate.sysops.core.kb;

import java.time.Instant;
import java.util.Set;

/**
 * One version of a knowledge-base article. An edit makes a new version ({@link #revisedAs}) and the
 * repository keeps every earlier one, so no text is ever lost.
 *
 * @param author   who wrote the first version
 * @param editedBy who wrote this version (the author for version 1)
 */
public record Article(
        String articleId,
        String title,
        String problem,
        String solution,
        Set<String> products,
        Set<String> tags,
        String author,
        String editedBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Article {
        products = Set.copyOf(products);
        tags = Set.copyOf(tags);
    }

    /** Version 1 of a new article. */
    public static Article first(String articleId, ArticleDraft draft, String author, Instant now) {
        return new Article(articleId, draft.title(), draft.problem(), draft.solution(), draft.products(),
                draft.tags(), author, author, now, now, 1);
    }

    /** The next version with the draft's text, written by {@code editor}. */
    public Article revisedAs(ArticleDraft draft, String editor, Instant now) {
        return new Article(articleId, draft.title(), draft.problem(), draft.solution(), draft.products(),
                draft.tags(), author, editor, createdAt, now, version + 1);
    }

    /** Whether this version says exactly what the draft says. */
    public boolean says(ArticleDraft draft) {
        return title.equals(draft.title()) && problem.equals(draft.problem()) && solution.equals(draft.solution())
                && products.equals(draft.products()) && tags.equals(draft.tags());
    }

    /** The text of one searchable field. */
    public String text(ArticleField field) {
        return switch (field) {
            case TITLE -> title;
            case PROBLEM -> problem;
            case SOLUTION -> solution;
            case PRODUCTS -> String.join(". ", products.stream().sorted().toList());
            case TAGS -> String.join(". ", tags.stream().sorted().toList());
        };
    }
}
