package com.penultimate.sysops.kb.search.quality;

import com.penultimate.sysops.core.kb.ArticleDraft;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The search-quality corpus in the test resources: {@code kb/corpus.json} (repair articles with fixed ids) and
 * {@code kb/queries.json} (searches people make, each with the articles a good answer must contain).
 */
final class CorpusFiles {
    private CorpusFiles() {
    }

    static List<CorpusArticle> articles() {
        return read("kb/corpus.json", Corpus.class).articles();
    }

    static List<RelevanceQuery> queries() {
        return read("kb/queries.json", QuerySet.class).queries();
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = Objects.requireNonNull(CorpusFiles.class.getClassLoader().getResourceAsStream(resource),
                resource)) {
            return ObjectMapper.getDefault().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** An article of the corpus with the id it is stored under. */
    @Serdeable
    record CorpusArticle(String articleId, String title, String problem, String solution, Set<String> products,
                         Set<String> tags) {
        ArticleDraft draft() {
            return new ArticleDraft(title, problem, solution, products, tags);
        }
    }

    /** A search, optionally within one product, and the ids of the articles it should find. */
    @Serdeable
    record RelevanceQuery(String query, @Nullable String product, List<String> relevant) {
    }

    @Serdeable
    record Corpus(List<CorpusArticle> articles) {
    }

    @Serdeable
    record QuerySet(List<RelevanceQuery> queries) {
    }
}
