package com.penultimate.sysops.aws.kb;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.kb.Article;
import com.penultimate.sysops.core.kb.ArticleRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * {@link ArticleRepository} on the knowledge-base table ({@link KbTable}). Each write puts the current item
 * (conditional on the version read) and the version's own item in one transaction, so the history always
 * holds every version the current item ever was.
 */
public final class DynamoDbArticleRepository implements ArticleRepository {
    private static final int BATCH_GET_LIMIT = 100;

    private final DynamoDbClient client;
    private final String table;

    public DynamoDbArticleRepository(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public void create(Article article) {
        write(article, "attribute_not_exists(pk)", Map.of(), "article " + article.articleId() + " exists");
    }

    @Override
    public void update(Article article) {
        write(article, "version = :previous", Map.of(":previous", Attributes.n(article.version() - 1)),
                "article " + article.articleId() + " changed since version " + (article.version() - 1) + " was read");
    }

    @Override
    public Optional<Article> find(String articleId) {
        var response = client.getItem(get -> get.tableName(table).consistentRead(true)
                .key(KbTable.key(KbTable.article(articleId), KbTable.CURRENT)));
        return response.hasItem() ? Optional.of(ArticleItems.article(response.item())) : Optional.empty();
    }

    @Override
    public List<Article> versions(String articleId) {
        QueryRequest query = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :versions)")
                .expressionAttributeValues(Map.of(":pk", Attributes.s(KbTable.article(articleId)),
                        ":versions", Attributes.s(KbTable.VERSION)))
                .build();
        return client.queryPaginator(query).items().stream().map(ArticleItems::article).toList();
    }

    @Override
    public List<Article> findAll(Collection<String> articleIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(articleIds));
        List<Article> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH_GET_LIMIT) {
            List<Map<String, AttributeValue>> keys = ids.subList(from, Math.min(ids.size(), from + BATCH_GET_LIMIT))
                    .stream().map(id -> KbTable.key(KbTable.article(id), KbTable.CURRENT)).toList();
            Map<String, KeysAndAttributes> pending = Map.of(table,
                    KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > Batches.MAX_ATTEMPTS) {
                    throw new IllegalStateException("DynamoDB left keys unread after " + Batches.MAX_ATTEMPTS + " tries");
                }
                Map<String, KeysAndAttributes> request = new HashMap<>(pending);
                BatchGetItemResponse response = client.batchGetItem(get -> get.requestItems(request));
                response.responses().getOrDefault(table, List.of()).forEach(i -> found.add(ArticleItems.article(i)));
                pending = response.unprocessedKeys();
            }
        }
        return found;
    }

    private void write(Article article, String condition, Map<String, AttributeValue> values, String conflict) {
        Put current = Put.builder().tableName(table).item(ArticleItems.current(article))
                .conditionExpression(condition)
                .expressionAttributeValues(values.isEmpty() ? null : values).build();
        Put version = Put.builder().tableName(table).item(ArticleItems.version(article))
                .conditionExpression("attribute_not_exists(pk)").build();
        try {
            client.transactWriteItems(tx -> tx.transactItems(TransactWriteItem.builder().put(current).build(),
                    TransactWriteItem.builder().put(version).build()));
        } catch (TransactionCanceledException e) {
            if (e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                throw new ConflictException(conflict);
            }
            throw e;
        }
    }
}
