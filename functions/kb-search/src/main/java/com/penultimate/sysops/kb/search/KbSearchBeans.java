package com.penultimate.sysops.kb.search;

import com.penultimate.sysops.aws.kb.DynamoDbArticleRepository;
import com.penultimate.sysops.aws.kb.DynamoDbSearchIndex;
import com.penultimate.sysops.core.kb.KnowledgeBase;
import com.penultimate.sysops.core.port.IdGenerator;
import com.penultimate.sysops.kb.text.LuceneTextAnalyzer;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Wires the knowledge base to its table ({@code SYSOPS_TABLES_KB}) and to Lucene's English analysis. */
@Factory
class KbSearchBeans {

    @Singleton
    @Bean(preDestroy = "close")
    LuceneTextAnalyzer analyzer() {
        return LuceneTextAnalyzer.english();
    }

    /** A search reads its terms' posting lists at once, on Micronaut's I/O executor. */
    @Singleton
    KnowledgeBase knowledgeBase(DynamoDbClient dynamoDb, SysopsSettings settings, LuceneTextAnalyzer analyzer,
                                IdGenerator ids, Clock clock, @Named(TaskExecutors.IO) Executor reads) {
        String table = settings.table("kb");
        return new KnowledgeBase(new DynamoDbArticleRepository(dynamoDb, table),
                new DynamoDbSearchIndex(dynamoDb, table, reads), analyzer, ids, clock);
    }
}
