package com.penultimate.sysops.expertapp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.penultimate.sysops.core.lifecycle.CompletionArticle;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the expert did to fix the problem (required), and optionally a knowledge-base article about it; both are
 * checked by the desk.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record CompleteRequest(@Nullable String resolution, @Nullable KbArticle kbArticle) {

    /** The article's text and tags; the ticket gives its product and the expert is its author. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    record KbArticle(@Nullable String title, @Nullable String problem, @Nullable String solution,
                     @Nullable List<String> tags) {
    }

    /** The article as the desk takes it, or null when there is none. */
    CompletionArticle article() {
        return kbArticle == null ? null : new CompletionArticle(kbArticle.title(), kbArticle.problem(),
                kbArticle.solution(), kbArticle.tags() == null ? null : new LinkedHashSet<>(kbArticle.tags()));
    }
}
