package com.penultimate.sysops.aws.kb;

import com.penultimate.sysops.core.kb.IndexedArticle;
import com.penultimate.sysops.core.kb.Posting;
import com.penultimate.sysops.core.kb.PostingLists;
import com.penultimate.sysops.core.kb.SearchIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * {@link SearchIndex} on the knowledge-base table ({@link KbTable}), so every Lambda container reads the same,
 * current index. A search is one strongly consistent Query per term plus one read of the corpus statistics,
 * sent together when an executor is given; nothing is ever scanned. Indexing writes the postings first and
 * then, in one transaction, the article's index record (conditional on the record it read, see
 * {@link IndexRecordWriter}) and the statistics' deltas: an indexing cut short leaves the old record, and
 * indexing that version again completes it.
 */
public final class DynamoDbSearchIndex implements SearchIndex {
    private final DynamoDbClient client;
    private final String table;
    private final Executor reads;
    private final IndexRecordWriter records;

    /** An index whose searches read the posting lists one after the other. */
    public DynamoDbSearchIndex(DynamoDbClient client, String table) {
        this(client, table, Runnable::run);
    }

    /** An index whose searches read the posting lists and statistics at once, on {@code reads}. */
    public DynamoDbSearchIndex(DynamoDbClient client, String table, Executor reads) {
        this.client = client;
        this.table = table;
        this.reads = reads;
        this.records = new IndexRecordWriter(client, table);
    }

    @Override
    public void index(IndexedArticle article) {
        for (int attempt = 1; ; attempt++) {
            var previous = records.read(article.articleId());
            if (previous.isPresent() && previous.get().version() > article.version()) {
                return;
            }
            writePostings(article, previous.map(IndexItems.Indexed::terms).orElse(Set.of()));
            if (records.replace(article, previous.orElse(null))) {
                return;
            }
            if (attempt == Batches.MAX_ATTEMPTS) {
                throw new IllegalStateException("article " + article.articleId() + " kept changing while indexed");
            }
        }
    }

    @Override
    public PostingLists search(Set<String> terms) {
        Map<String, CompletableFuture<List<Posting>>> pending = new HashMap<>();
        for (String term : terms) {
            pending.put(term, CompletableFuture.supplyAsync(() -> postings(term), reads));
        }
        var statistics = CompletableFuture.supplyAsync(() -> client.getItem(get -> get.tableName(table)
                .consistentRead(true).key(KbTable.statisticsKey())), reads);
        Map<String, List<Posting>> byTerm = new HashMap<>();
        pending.forEach((term, postings) -> byTerm.put(term, join(postings)));
        return new PostingLists(IndexItems.statistics(join(statistics).item()), byTerm);
    }

    /** The read's result, or the exception it failed with, as if it had run on this thread. */
    private static <T> T join(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private List<Posting> postings(String term) {
        QueryRequest query = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :term")
                .expressionAttributeValues(Map.of(":term", Attributes.s(KbTable.term(term))))
                .build();
        List<Posting> postings = new ArrayList<>();
        client.queryPaginator(query).items().forEach(item -> postings.add(IndexItems.posting(term, item)));
        return postings;
    }

    /** Puts a posting for every term of the article and deletes those of the terms it no longer has. */
    private void writePostings(IndexedArticle article, Set<String> previousTerms) {
        List<WriteRequest> writes = new ArrayList<>();
        for (String term : article.termFrequencies().keySet()) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder()
                    .item(IndexItems.posting(article.posting(term))).build()).build());
        }
        for (String stale : previousTerms) {
            if (!article.termFrequencies().containsKey(stale)) {
                writes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                        .key(KbTable.key(KbTable.term(stale), article.articleId())).build()).build());
            }
        }
        Batches.write(client, table, writes);
    }
}
