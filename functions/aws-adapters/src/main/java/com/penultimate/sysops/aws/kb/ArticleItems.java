package com.penultimate.sysops.aws.kb;

import static com.penultimate.sysops.aws.kb.Attributes.n;
import static com.penultimate.sysops.aws.kb.Attributes.number;
import static com.penultimate.sysops.aws.kb.Attributes.s;
import static com.penultimate.sysops.aws.kb.Attributes.string;
import static com.penultimate.sysops.aws.kb.Attributes.strings;

import com.penultimate.sysops.core.kb.Article;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An article version as an item: under its current key or its version key, the same attributes. */
final class ArticleItems {
    private ArticleItems() {
    }

    static Map<String, AttributeValue> current(Article article) {
        return item(article, KbTable.CURRENT);
    }

    static Map<String, AttributeValue> version(Article article) {
        return item(article, KbTable.version(article.version()));
    }

    private static Map<String, AttributeValue> item(Article article, String sortKey) {
        Map<String, AttributeValue> item = new HashMap<>(KbTable.key(KbTable.article(article.articleId()), sortKey));
        item.put("articleId", s(article.articleId()));
        item.put("title", s(article.title()));
        item.put("problem", s(article.problem()));
        item.put("solution", s(article.solution()));
        item.put("products", strings(article.products()));
        item.put("author", s(article.author()));
        item.put("editedBy", s(article.editedBy()));
        item.put("createdAt", s(article.createdAt().toString()));
        item.put("updatedAt", s(article.updatedAt().toString()));
        item.put("version", n(article.version()));
        if (!article.tags().isEmpty()) {
            item.put("tags", strings(article.tags()));
        }
        return Map.copyOf(item);
    }

    static Article article(Map<String, AttributeValue> item) {
        return new Article(string(item, "articleId"), string(item, "title"), string(item, "problem"),
                string(item, "solution"), strings(item, "products"), strings(item, "tags"), string(item, "author"),
                string(item, "editedBy"), Instant.parse(string(item, "createdAt")),
                Instant.parse(string(item, "updatedAt")), number(item, "version"));
    }
}
