package com.penultimate.sysops.aws.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.aws.dynamodb.DynamoDbLocalServer;
import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.kb.Article;
import com.penultimate.sysops.core.kb.ArticleDraft;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

class DynamoDbArticleRepositoryTest {
    private static final String TABLE = KbTables.createFor(DynamoDbArticleRepositoryTest.class);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final RecordedRequests requests = new RecordedRequests();
    private final DynamoDbClient client = DynamoDbLocalServer.newClient(List.of(requests));
    private final DynamoDbArticleRepository articles = new DynamoDbArticleRepository(client, TABLE);

    @AfterEach
    void closeClient() {
        client.close();
    }

    static Article article(String id, String title) {
        return Article.first(id, new ArticleDraft(title, "The TV is silent.", "Select the TV speakers.",
                Set.of("TV-OLED55", "TV-LED43"), Set.of("audio", "hdmi arc")), "exp-1", NOW);
    }

    @Test
    void create_storesTheArticleAsCurrentAndAsVersionOne() {
        Article article = article("KB-CREATE", "No sound");

        articles.create(article);

        assertThat(articles.find("KB-CREATE")).contains(article);
        assertThat(articles.versions("KB-CREATE")).containsExactly(article);
    }

    @Test
    void create_writesCurrentAndVersionInOneConditionalTransaction() {
        articles.create(article("KB-TX", "No sound"));

        assertThat(requests.all()).singleElement().isInstanceOfSatisfying(TransactWriteItemsRequest.class, tx -> {
            List<Put> puts = tx.transactItems().stream().map(TransactWriteItem::put).toList();
            assertThat(puts).extracting(p -> p.item().get("sk").s()).containsExactly("CURRENT", "VERSION#0000000001");
            assertThat(puts).extracting(Put::conditionExpression)
                    .containsExactly("attribute_not_exists(pk)", "attribute_not_exists(pk)");
            assertThat(puts).allSatisfy(p -> assertThat(p.item().get("pk")).isEqualTo(AttributeValue.fromS("ARTICLE#KB-TX")));
        });
    }

    @Test
    void create_ofATakenIdIsAConflict() {
        articles.create(article("KB-TAKEN", "First"));

        assertThatThrownBy(() -> articles.create(article("KB-TAKEN", "Second"))).isInstanceOf(ConflictException.class);
        assertThat(articles.find("KB-TAKEN")).map(Article::title).contains("First");
    }

    @Test
    void update_keepsEveryEarlierVersion() {
        Article first = article("KB-EDIT", "No sound");
        articles.create(first);
        Article second = first.revisedAs(new ArticleDraft("No sound on HDMI", "p", "s", Set.of("TV-OLED55"),
                Set.of()), "exp-2", NOW.plusSeconds(60));

        articles.update(second);

        assertThat(articles.find("KB-EDIT")).contains(second);
        assertThat(articles.versions("KB-EDIT")).containsExactly(first, second);
    }

    @Test
    void update_isConditionalOnThePreviousVersion() {
        Article first = article("KB-COND", "No sound");
        articles.create(first);
        requests.clear();

        articles.update(first.revisedAs(new ArticleDraft("t", "p", "s", Set.of("TV"), Set.of()), "e", NOW));

        TransactWriteItemsRequest tx = requests.of(TransactWriteItemsRequest.class).get(0);
        Put current = tx.transactItems().get(0).put();
        assertThat(current.conditionExpression()).isEqualTo("version = :previous");
        assertThat(current.expressionAttributeValues()).isEqualTo(Map.of(":previous", AttributeValue.fromN("1")));
    }

    @Test
    void update_ofAStaleVersionIsAConflictAndLeavesHistoryAlone() {
        Article first = article("KB-STALE", "No sound");
        articles.create(first);
        ArticleDraft edit = new ArticleDraft("t", "p", "s", Set.of("TV"), Set.of());
        articles.update(first.revisedAs(edit, "e1", NOW));

        assertThatThrownBy(() -> articles.update(first.revisedAs(edit, "e2", NOW)))
                .isInstanceOf(ConflictException.class);
        assertThat(articles.versions("KB-STALE")).extracting(Article::editedBy).containsExactly("exp-1", "e1");
    }

    @Test
    void findAll_readsTheCurrentVersionsOfThoseThatExist() {
        articles.create(article("KB-ALL-1", "One"));
        articles.create(article("KB-ALL-2", "Two"));

        assertThat(articles.findAll(List.of("KB-ALL-2", "KB-ALL-1", "KB-ALL-404", "KB-ALL-1")))
                .extracting(Article::title).containsExactlyInAnyOrder("One", "Two");
    }

    @Test
    void findAll_ofNothingReadsNothing() {
        assertThat(articles.findAll(List.of())).isEmpty();
        assertThat(requests.all()).isEmpty();
    }

    @Test
    void unknownArticle_hasNoCurrentVersionAndNoHistory() {
        assertThat(articles.find("KB-404")).isEmpty();
        assertThat(articles.versions("KB-404")).isEmpty();
    }
}
