package com.penultimate.sysops.kb.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.kb.ArticleDraft;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Set;

/** The body of {@code PUT /kb/articles/{id}}: the new text and the version it was written against. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record ArticleEdit(@Nullable Long version, @Nullable String title, @Nullable String problem,
                   @Nullable String solution, @Nullable Set<String> products, @Nullable Set<String> tags) {

    long editedVersion() {
        if (version == null || version < 1) {
            throw InvalidInputException.of("version", "must be the version the edit was made on (1 or more)");
        }
        return version;
    }

    ArticleDraft draft() {
        return new ArticleDraft(title, problem, solution, products, tags);
    }
}
