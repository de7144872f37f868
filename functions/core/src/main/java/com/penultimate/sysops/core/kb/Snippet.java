package com.penultimate.sysops.core.kb;

/**
 * The passage of an article that best answers a query, with the matched words emphasised as
 * {@code «word»}: plain text that no client can mistake for markup.
 *
 * @param field where the passage comes from
 * @param text  the passage, shortened with "…" where it was cut
 */
public record Snippet(ArticleField field, String text) {
    public static final String OPEN = "«";
    public static final String CLOSE = "»";
}
