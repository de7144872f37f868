package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.kb.Article;
import com.penultimate.sysops.core.kb.ArticleRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** An {@link ArticleRepository} in a map, every version kept, with the same version rules as the real one. */
public final class InMemoryArticleRepository implements ArticleRepository {
    private final ConcurrentMap<String, List<Article>> versions = new ConcurrentHashMap<>();

    @Override
    public void create(Article article) {
        if (versions.putIfAbsent(article.articleId(), List.of(article)) != null) {
            throw new ConflictException("article " + article.articleId() + " exists");
        }
    }

    @Override
    public void update(Article article) {
        List<Article> updated = versions.computeIfPresent(article.articleId(), (id, kept) -> {
            if (kept.get(kept.size() - 1).version() != article.version() - 1) {
                return kept;
            }
            List<Article> next = new ArrayList<>(kept);
            next.add(article);
            return List.copyOf(next);
        });
        if (updated == null || updated.get(updated.size() - 1) != article) {
            throw new ConflictException("article " + article.articleId() + " was changed by someone else");
        }
    }

    @Override
    public Optional<Article> find(String articleId) {
        return Optional.ofNullable(versions.get(articleId)).map(kept -> kept.get(kept.size() - 1));
    }

    @Override
    public List<Article> versions(String articleId) {
        return versions.getOrDefault(articleId, List.of());
    }

    @Override
    public List<Article> findAll(Collection<String> articleIds) {
        return articleIds.stream().distinct().map(this::find).flatMap(Optional::stream).toList();
    }
}
