package com.penultimate.sysops.kb.search;

import com.penultimate.sysops.core.kb.Article;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Every version of an article, oldest first. */
@Serdeable
record ArticleVersions(String articleId, List<Article> versions) {
}
