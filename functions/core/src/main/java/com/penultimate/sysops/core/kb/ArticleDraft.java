package com.penultimate.sysops.core.kb;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an author writes: the text of an article, before it has an id or a version. It holds what it was given,
 * null entries included, so that the checks can name them.
 */
public record ArticleDraft(String title, String problem, String solution, Set<String> products, Set<String> tags) {

    public ArticleDraft {
        products = products == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(products));
        tags = tags == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
    }
}
