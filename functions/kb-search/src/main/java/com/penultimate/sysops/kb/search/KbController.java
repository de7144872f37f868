package com.penultimate.sysops.kb.search;

import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.kb.Article;
import com.penultimate.sysops.core.kb.ArticleDraft;
import com.penultimate.sysops.core.kb.KnowledgeBase;
import com.penultimate.sysops.core.kb.SearchResults;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;

/** The knowledge base over HTTP (API.md, Knowledge base): search, and articles with their versions. */
@Controller("/kb")
class KbController {
    private final KnowledgeBase kb;

    KbController(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Articles ranked by relevance to {@code q}, optionally of one product, each with its best passage. */
    @Get("/search")
    SearchResults search(Caller caller, @Nullable @QueryValue String q, @Nullable @QueryValue String product,
                         @QueryValue(defaultValue = "10") int limit) {
        return kb.search(caller, q, product, limit);
    }

    /** 201: the article is stored as version 1 and already searchable. */
    @Post("/articles")
    HttpResponse<Article> add(Caller caller, @Body ArticleDraft draft) {
        Article article = kb.add(caller, draft);
        return HttpResponse.<Article>status(HttpStatus.CREATED).body(article)
                .header("Location", "/kb/articles/" + article.articleId());
    }

    @Get("/articles/{articleId}")
    Article get(Caller caller, @PathVariable String articleId) {
        return kb.get(caller, articleId);
    }

    /**
     * The next version; 409 if the edit was made on a version that is no longer the current one. Who may edit is
     * checked before the body, so a refused caller learns nothing about what a valid edit looks like.
     */
    @Put("/articles/{articleId}")
    Article edit(Caller caller, @PathVariable String articleId, @Body ArticleEdit edit) {
        caller.require(Role.EXPERT, Role.ADMIN);
        return kb.edit(caller, articleId, edit.editedVersion(), edit.draft());
    }

    @Get("/articles/{articleId}/versions")
    ArticleVersions versions(Caller caller, @PathVariable String articleId) {
        return new ArticleVersions(articleId, kb.versions(caller, articleId));
    }
}
