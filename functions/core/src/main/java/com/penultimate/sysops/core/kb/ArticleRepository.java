package com.penultimate.sysops.core.kb;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores articles and every version of each: an edit never loses the text it replaces. */
public interface ArticleRepository {

    /** Stores version 1 of a new article; {@code ConflictException} if the id is taken. */
    void create(Article article);

    /**
     * Stores the next version if the stored one is {@code article.version() - 1}, keeping the previous version;
     * {@code ConflictException} otherwise.
     */
    void update(Article article);

    /** The current version. */
    Optional<Article> find(String articleId);

    /** Every version of the article, oldest first; empty if there is no such article. */
    List<Article> versions(String articleId);

    /** The current versions of those of the articles that exist, in no particular order. */
    List<Article> findAll(Collection<String> articleIds);
}
