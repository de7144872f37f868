package com.penultimate.sysops.aws.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.aws.dynamodb.DynamoDbLocalServer;
import com.penultimate.sysops.core.fake.WordTextAnalyzer;
import com.penultimate.sysops.core.kb.Article;
import com.penultimate.sysops.core.kb.ArticleDraft;
import com.penultimate.sysops.core.kb.ArticleField;
import com.penultimate.sysops.core.kb.ArticleIndexer;
import com.penultimate.sysops.core.kb.CorpusStatistics;
import com.penultimate.sysops.core.kb.IndexedArticle;
import com.penultimate.sysops.core.kb.Posting;
import com.penultimate.sysops.core.kb.PostingLists;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** Each test indexes into a table of its own, so the corpus statistics it checks are its own. */
class DynamoDbSearchIndexTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ArticleIndexer INDEXER = new ArticleIndexer(new WordTextAnalyzer());

    private final String table = KbTables.createFor(DynamoDbSearchIndexTest.class);
    private final RecordedRequests requests = new RecordedRequests();
    private final DynamoDbClient client = DynamoDbLocalServer.newClient(List.of(requests));
    private final DynamoDbSearchIndex index = new DynamoDbSearchIndex(client, table);

    @AfterEach
    void closeClient() {
        client.close();
    }

    private static Article article(String id, String title, String problem, String solution) {
        return Article.first(id, new ArticleDraft(title, problem, solution, Set.of("TV-OLED55"), Set.of("audio")),
                "exp-1", NOW);
    }

    private static IndexedArticle noSound() {
        return INDEXER.index(article("KB1", "TV has no sound", "Speakers silent, speakers dead.", "Reset audio."));
    }

    @Test
    void index_makesEachTermsPostingReadable() {
        IndexedArticle indexed = noSound();
        index.index(indexed);

        PostingLists lists = index.search(Set.of("speaker", "sound", "absent"));

        assertThat(lists.of("speaker")).containsExactly(indexed.posting("speaker"));
        assertThat(lists.of("speaker").get(0).frequencies().get(ArticleField.PROBLEM)).isEqualTo(2);
        assertThat(lists.of("sound")).extracting(Posting::articleId).containsExactly("KB1");
        assertThat(lists.of("absent")).isEmpty();
    }

    @Test
    void index_keepsTheCorpusStatistics() {
        index.index(noSound());
        index.index(INDEXER.index(article("KB2", "Remote dead", "Buttons do nothing.", "Replace batteries.")));

        CorpusStatistics statistics = index.search(Set.of("tv")).statistics();

        assertThat(statistics.articleCount()).isEqualTo(2);
        assertThat(statistics.totalLengths().get(ArticleField.TITLE)).isEqualTo(3 + 2);
        assertThat(statistics.totalLengths().get(ArticleField.SOLUTION)).isEqualTo(2 + 2);
    }

    @Test
    void index_ofANewVersionRemovesStalePostingsAndAdjustsLengthsWithoutCountingTwice() {
        Article first = article("KB1", "TV has no sound", "Speakers silent.", "Reset audio.");
        index.index(INDEXER.index(first));

        index.index(INDEXER.index(first.revisedAs(new ArticleDraft("Remote dead", "Buttons do nothing.",
                "Replace batteries.", Set.of("TV-OLED55"), Set.of()), "exp-2", NOW)));

        PostingLists lists = index.search(Set.of("speaker", "sound", "remote", "button"));
        assertThat(lists.of("speaker")).isEmpty();
        assertThat(lists.of("sound")).isEmpty();
        assertThat(lists.of("remote")).hasSize(1);
        assertThat(lists.of("button")).hasSize(1);
        assertThat(lists.statistics().articleCount()).isEqualTo(1);
        assertThat(lists.statistics().totalLengths().get(ArticleField.TITLE)).isEqualTo(2);
        assertThat(lists.statistics().totalLengths().get(ArticleField.TAGS)).isZero();
    }

    @Test
    void index_ofAnOlderVersionThanTheIndexedOneChangesNothing() {
        Article first = article("KB1", "TV has no sound", "Speakers silent.", "Reset audio.");
        Article second = first.revisedAs(new ArticleDraft("Remote dead", "Buttons do nothing.", "Replace batteries.",
                Set.of("TV-OLED55"), Set.of()), "exp-2", NOW);
        index.index(INDEXER.index(second));
        requests.clear();

        index.index(INDEXER.index(first));

        assertThat(requests.all()).singleElement().isInstanceOf(GetItemRequest.class);
        assertThat(index.search(Set.of("speaker")).of("speaker")).isEmpty();
    }

    @Test
    void index_ofTheSameVersionAgainRestoresLostPostingsAndKeepsTheStatistics() {
        index.index(noSound());
        client.deleteItem(d -> d.tableName(table).key(KbTable.key(KbTable.term("speaker"), "KB1")));
        CorpusStatistics before = index.search(Set.of()).statistics();

        index.index(noSound());

        PostingLists after = index.search(Set.of("speaker"));
        assertThat(after.of("speaker")).hasSize(1);
        assertThat(after.statistics()).isEqualTo(before);
    }

    @Test
    void index_writesTheRecordOnConditionAndAddsTheStatisticsInTheSameTransaction() {
        index.index(noSound());
        requests.clear();
        index.index(noSound());

        TransactWriteItemsRequest tx = requests.of(TransactWriteItemsRequest.class).get(0);
        assertThat(tx.transactItems().get(0).put().conditionExpression()).isEqualTo("indexedVersion = :read");
        Update statistics = tx.transactItems().get(1).update();
        assertThat(statistics.key()).isEqualTo(KbTable.statisticsKey());
        assertThat(statistics.updateExpression()).isEqualTo("ADD #articles :articles, #titleLength :titleLength, "
                + "#problemLength :problemLength, #productsLength :productsLength, #tagsLength :tagsLength, "
                + "#solutionLength :solutionLength");
        assertThat(statistics.expressionAttributeValues()).containsEntry(":articles", AttributeValue.fromN("0"));
    }

    @Test
    void replace_refusesWhenAnotherIndexingChangedTheRecordSinceItWasRead() {
        IndexRecordWriter records = new IndexRecordWriter(client, table);
        index.index(noSound());
        IndexItems.Indexed read = records.read("KB1").orElseThrow();
        IndexedArticle next = INDEXER.index(article("KB1", "Other", "Other.", "Other.").revisedAs(
                new ArticleDraft("v2", "p", "s", Set.of("TV"), Set.of()), "e", NOW));
        assertThat(records.replace(next, read)).isTrue();

        assertThat(records.replace(next, read)).isFalse();
        assertThat(index.search(Set.of()).statistics().articleCount()).isEqualTo(1);
    }

    @Test
    void search_sendsOneConsistentQueryPerTermAndOneStatisticsRead() {
        index.index(noSound());
        requests.clear();

        index.search(Set.of("speaker", "sound"));

        List<QueryRequest> queries = requests.of(QueryRequest.class);
        assertThat(queries).extracting(q -> q.expressionAttributeValues().get(":term").s())
                .containsExactlyInAnyOrder("TERM#speaker", "TERM#sound");
        assertThat(queries).allSatisfy(q -> {
            assertThat(q.keyConditionExpression()).isEqualTo("pk = :term");
            assertThat(q.consistentRead()).isTrue();
            assertThat(q.indexName()).isNull();
        });
        assertThat(requests.all()).hasSize(3).filteredOn(r -> !(r instanceof QueryRequest)).singleElement()
                .isInstanceOfSatisfying(GetItemRequest.class, get -> assertThat(get.key())
                        .isEqualTo(Map.of("pk", AttributeValue.fromS("CORPUS"), "sk", AttributeValue.fromS("STATISTICS"))));
    }

    @Test
    void search_onAnExecutor_readsTheSamePostingsAsOneAfterTheOther() {
        index.index(noSound());
        ExecutorService reads = Executors.newFixedThreadPool(3);
        try {
            DynamoDbSearchIndex parallel = new DynamoDbSearchIndex(client, table, reads);

            assertThat(parallel.search(Set.of("speaker", "sound", "absent")))
                    .isEqualTo(index.search(Set.of("speaker", "sound", "absent")));
        } finally {
            reads.shutdown();
        }
    }

    @Test
    void search_onAnExecutor_failsWithTheReadsOwnException() {
        ExecutorService reads = Executors.newSingleThreadExecutor();
        try {
            DynamoDbSearchIndex missing = new DynamoDbSearchIndex(client, "no-such-table", reads);

            assertThatThrownBy(() -> missing.search(Set.of("tv"))).isInstanceOf(ResourceNotFoundException.class);
        } finally {
            reads.shutdown();
        }
    }

    @Test
    void search_ofAnEmptyIndexHasEmptyStatistics() {
        assertThat(index.search(Set.of("tv")).statistics()).isEqualTo(CorpusStatistics.EMPTY);
    }
}
