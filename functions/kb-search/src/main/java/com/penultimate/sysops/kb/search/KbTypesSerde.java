package com.penultimate.sysops.kb.search;

import com.penultimate.sysops.core.kb.Article;
import com.penultimate.sysops.core.kb.ArticleDraft;
import com.penultimate.sysops.core.kb.SearchHit;
import com.penultimate.sysops.core.kb.SearchResults;
import com.penultimate.sysops.core.kb.Snippet;
import io.micronaut.serde.annotation.SerdeImport;

/** Lets the core's knowledge-base records travel as JSON without the core knowing any JSON library. */
@SerdeImport(Article.class)
@SerdeImport(ArticleDraft.class)
@SerdeImport(SearchHit.class)
@SerdeImport(SearchResults.class)
@SerdeImport(Snippet.class)
final class KbTypesSerde {
    private KbTypesSerde() {
    }
}
