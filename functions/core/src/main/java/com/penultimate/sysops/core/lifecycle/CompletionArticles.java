package com.penultimate.sysops.core.lifecycle;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.kb.Article;
import com.penultimate.sysops.core.kb.ArticleIndexer;
import com.penultimate.sysops.core.kb.ArticleRepository;
import com.penultimate.sysops.core.kb.KnowledgeBase;
import com.penultimate.sysops.core.kb.SearchIndex;
import com.penultimate.sysops.core.kb.TextAnalyzer;
import com.penultimate.sysops.core.model.Ticket;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Adds the article an expert wrote with a completion to the knowledge base, under an id made from the ticket's
 * ({@code KB<ticketId>}): a retried workflow step finds the article it wrote before (and indexes it again, which
 * completes an indexing cut short) instead of writing a second one.
 */
public final class CompletionArticles {
    private final ArticleRepository articles;
    private final SearchIndex index;
    private final TextAnalyzer analyzer;
    private final Clock clock;

    public CompletionArticles(ArticleRepository articles, SearchIndex index, TextAnalyzer analyzer, Clock clock) {
        this.articles = articles;
        this.index = index;
        this.analyzer = analyzer;
        this.clock = clock;
    }

    /** What became of the article of a completion. */
    public sealed interface Publication {
        /** The completion brought no article. */
        record None() implements Publication {
        }

        /** The article is in the knowledge base and searchable. */
        record Published(String articleId) implements Publication {
        }

        /** The knowledge base refused the article; the completion stands without it. */
        record Refused(String problems) implements Publication {
        }
    }

    static String articleIdFor(String ticketId) {
        return "KB" + ticketId;
    }

    /** Publishes {@code article} of the completed {@code ticket}, written by {@code author}. */
    public Publication publish(Ticket ticket, String author, CompletionArticle article) {
        String articleId = articleIdFor(ticket.ticketId());
        Optional<Article> written = articles.find(articleId);
        if (written.isEmpty()) {
            try {
                // The knowledge base names new articles with its id generator: here, the ticket's article id.
                KnowledgeBase knowledgeBase = new KnowledgeBase(articles, index, analyzer, prefix -> articleId, clock);
                return new Publication.Published(knowledgeBase.add(new Caller(author, Set.of(Role.EXPERT)),
                        article.draftFor(ticket)).articleId());
            } catch (InvalidInputException refused) {
                return new Publication.Refused(refused.getMessage());
            } catch (ConflictException raced) {
                written = Optional.of(articles.find(articleId).orElseThrow(() -> raced));
            }
        }
        index.index(new ArticleIndexer(analyzer).index(written.get()));
        return new Publication.Published(articleId);
    }
}
