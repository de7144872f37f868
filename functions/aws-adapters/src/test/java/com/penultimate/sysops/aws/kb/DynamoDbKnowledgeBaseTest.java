package com.penultimate.sysops.aws.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.aws.dynamodb.DynamoDbLocalServer;
import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.WordTextAnalyzer;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.kb.Article;
import com.penultimate.sysops.core.kb.ArticleDraft;
import com.penultimate.sysops.core.kb.KnowledgeBase;
import com.penultimate.sysops.core.kb.SearchHit;
import com.penultimate.sysops.core.port.IdGenerator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Two knowledge bases on one table stand for two Lambda containers: what one writes, the other finds. */
class DynamoDbKnowledgeBaseTest {
    private static final Caller EXPERT = Fixtures.caller("exp-1", Role.EXPERT);
    private final String table = KbTables.createFor(DynamoDbKnowledgeBaseTest.class);
    private final DynamoDbClient writerClient = DynamoDbLocalServer.newClient(List.of());
    private final DynamoDbClient readerClient = DynamoDbLocalServer.newClient(List.of());
    private final KnowledgeBase writer = knowledgeBase(writerClient);
    private final KnowledgeBase reader = knowledgeBase(readerClient);

    private KnowledgeBase knowledgeBase(DynamoDbClient client) {
        return new KnowledgeBase(new DynamoDbArticleRepository(client, table), new DynamoDbSearchIndex(client, table),
                new WordTextAnalyzer(), IdGenerator.random(), Fixtures.clock());
    }

    @AfterEach
    void closeClients() {
        writerClient.close();
        readerClient.close();
    }

    @Test
    void anArticleWrittenInOneContainerIsFoundAtOnceInAnother() {
        Article added = writer.add(EXPERT, new ArticleDraft("TV has no sound", "Speakers silent.",
                "Turn off HDMI ARC.", Set.of("TV-OLED55"), Set.of()));

        List<SearchHit> hits = reader.search(EXPERT, "tv sound", null, 10).hits();

        assertThat(hits).extracting(SearchHit::articleId).containsExactly(added.articleId());
        assertThat(hits.get(0).snippet().text()).isEqualTo("Speakers silent.");
    }

    @Test
    void anEditInOneContainerChangesWhatAnotherFinds() {
        Article added = writer.add(EXPERT, new ArticleDraft("TV has no sound", "Speakers silent.",
                "Turn off HDMI ARC.", Set.of("TV-OLED55"), Set.of()));

        writer.edit(EXPERT, added.articleId(), 1, new ArticleDraft("Remote dead", "Buttons do nothing.",
                "New batteries.", Set.of("TV-OLED55"), Set.of()));

        assertThat(reader.search(EXPERT, "speakers", null, 10).hits()).isEmpty();
        assertThat(reader.search(EXPERT, "remote", null, 10).hits()).extracting(SearchHit::version).containsExactly(2L);
        assertThat(reader.versions(EXPERT, added.articleId())).extracting(Article::title)
                .containsExactly("TV has no sound", "Remote dead");
    }
}
