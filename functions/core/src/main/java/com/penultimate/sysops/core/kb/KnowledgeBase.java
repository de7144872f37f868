package com.penultimate.sysops.core.kb;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.port.IdGenerator;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The knowledge base: experts and admins write and revise articles, every signed-in user reads and searches
 * them. Each write is indexed before it returns, so the next search finds it.
 */
public final class KnowledgeBase {
    /** More query terms than this are dropped: each costs one index read. */
    static final int MAX_QUERY_TERMS = 16;

    private final ArticleRepository articles;
    private final SearchIndex index;
    private final TextAnalyzer analyzer;
    private final IdGenerator ids;
    private final Clock clock;
    private final ArticleIndexer indexer;
    private final Bm25Ranking ranking = Bm25Ranking.standard();
    private final Snippets snippets;

    public KnowledgeBase(ArticleRepository articles, SearchIndex index, TextAnalyzer analyzer, IdGenerator ids,
                         Clock clock) {
        this.articles = articles;
        this.index = index;
        this.analyzer = analyzer;
        this.ids = ids;
        this.clock = clock;
        this.indexer = new ArticleIndexer(analyzer);
        this.snippets = new Snippets(analyzer);
    }

    public Article add(Caller caller, ArticleDraft draft) {
        caller.require(Role.EXPERT, Role.ADMIN);
        ArticleChecks.draft(draft);
        Article article = Article.first(ids.newId("KB"), draft, caller.subject(), clock.instant());
        articles.create(article);
        index.index(indexer.index(article));
        return article;
    }

    /**
     * Makes the draft the next version of the article if {@code version} is still the current one;
     * {@code ConflictException} if someone else's edit came first. Sending the same edit again (a retry after a
     * lost answer) returns the version it made and indexes it again.
     */
    public Article edit(Caller caller, String articleId, long version, ArticleDraft draft) {
        caller.require(Role.EXPERT, Role.ADMIN);
        ArticleChecks.draft(draft);
        Article current = load(articleId);
        if (current.version() == version + 1 && current.says(draft) && caller.subject().equals(current.editedBy())) {
            index.index(indexer.index(current));
            return current;
        }
        if (current.version() != version) {
            throw new ConflictException("article " + articleId + " is at version " + current.version()
                    + ", not " + version + ": read it again and reapply the edit");
        }
        Article next = current.revisedAs(draft, caller.subject(), clock.instant());
        articles.update(next);
        index.index(indexer.index(next));
        return next;
    }

    public Article get(Caller caller, String articleId) {
        requireSignedIn(caller);
        return load(articleId);
    }

    /** Every version of the article, oldest first. */
    public List<Article> versions(Caller caller, String articleId) {
        requireSignedIn(caller);
        List<Article> versions = articles.versions(articleId);
        if (versions.isEmpty()) {
            throw new NotFoundException("no article " + articleId);
        }
        return versions;
    }

    /** At most {@code limit} articles (of {@code product}, when not null) ranked by BM25F, each with a snippet. */
    public SearchResults search(Caller caller, String query, String product, int limit) {
        requireSignedIn(caller);
        ArticleChecks.search(query, product, limit);
        Set<String> terms = analyzer.terms(query).stream().distinct().limit(MAX_QUERY_TERMS)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (terms.isEmpty()) {
            return new SearchResults(List.of(), List.of());
        }
        List<RankedArticle> ranked = ranking.rank(index.search(terms), terms, product).stream().limit(limit).toList();
        Map<String, Article> found = articles.findAll(ranked.stream().map(RankedArticle::articleId).toList())
                .stream().collect(Collectors.toMap(Article::articleId, Function.identity()));
        List<SearchHit> hits = ranked.stream().filter(r -> found.containsKey(r.articleId()))
                .map(r -> hit(found.get(r.articleId()), r)).toList();
        return new SearchResults(List.copyOf(terms), hits);
    }

    /** A draft article written from a completed ticket, for its expert (or an admin) to review and add. */
    public ArticleDraft draftFromTicket(Caller caller, Ticket ticket) {
        return TicketArticles.draft(caller, ticket);
    }

    private SearchHit hit(Article article, RankedArticle ranked) {
        return new SearchHit(article.articleId(), article.title(), article.products(), article.tags(),
                article.version(), ranked.score(), snippets.of(article, ranked.matchedTerms()));
    }

    private Article load(String articleId) {
        return articles.find(articleId).orElseThrow(() -> new NotFoundException("no article " + articleId));
    }

    private static void requireSignedIn(Caller caller) {
        caller.require(Role.values());
    }
}
