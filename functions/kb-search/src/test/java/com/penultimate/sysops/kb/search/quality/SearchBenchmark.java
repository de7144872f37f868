package com.penultimate.sysops.kb.search.quality;

import com.penultimate.sysops.aws.DynamoDbClientSettings;
import com.penultimate.sysops.aws.DynamoDbClients;
import com.penultimate.sysops.aws.kb.DynamoDbArticleRepository;
import com.penultimate.sysops.aws.kb.DynamoDbSearchIndex;
import com.penultimate.sysops.aws.kb.KbTables;
import com.penultimate.sysops.core.fake.InMemoryArticleRepository;
import com.penultimate.sysops.core.fake.InMemorySearchIndex;
import com.penultimate.sysops.kb.search.quality.CorpusFiles.CorpusArticle;
import com.penultimate.sysops.kb.search.quality.CorpusFiles.RelevanceQuery;
import com.penultimate.sysops.kb.text.LuceneTextAnalyzer;
import com.penultimate.sysops.local.embedded.EmbeddedDynamoDb;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Measures the knowledge base's search on the corpus: loads every article through the use case into an
 * in-process DynamoDB Local, runs the query set, and prints precision@3, MRR and search latency (p50/p95 over
 * {@value #ROUNDS} rounds after one warm-up round), with the posting lists read one after the other and at
 * once. For comparison it also prints the quality with the in-memory index and without synonyms. Run it as
 * README.md says.
 */
public final class SearchBenchmark {
    static final int ROUNDS = 5;
    static final int READ_THREADS = 4;
    private static final PrintStream OUT = System.out;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        List<CorpusArticle> corpus = CorpusFiles.articles();
        List<RelevanceQuery> queries = CorpusFiles.queries();
        OUT.printf(Locale.ROOT, "corpus: %d articles, %d queries%n", corpus.size(), queries.size());
        try (LuceneTextAnalyzer plain = LuceneTextAnalyzer.withoutSynonyms()) {
            QualityReport report = SearchQuality.load(new InMemoryArticleRepository(), new InMemorySearchIndex(),
                    plain, corpus).run(queries);
            OUT.println("in memory, without synonyms: " + report.summary());
        }
        try (LuceneTextAnalyzer analyzer = LuceneTextAnalyzer.english();
             EmbeddedDynamoDb engine = EmbeddedDynamoDb.startInMemory();
             DynamoDbClient client = DynamoDbClients.create(DynamoDbClientSettings.forRegion("us-east-1")
                     .withEndpointOverride(engine.endpoint())
                     .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(10))
                     .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))))) {
            QualityReport inMemory = SearchQuality.load(new InMemoryArticleRepository(), new InMemorySearchIndex(),
                    analyzer, corpus).run(queries);
            OUT.println("in memory:                   " + inMemory.summary());

            String table = KbTables.create(client, "kb-benchmark");
            long start = System.nanoTime();
            SearchQuality.load(new DynamoDbArticleRepository(client, table), new DynamoDbSearchIndex(client, table),
                    analyzer, corpus);
            OUT.printf(Locale.ROOT, "DynamoDB Local: indexed %d articles in %.1f s%n", corpus.size(),
                    (System.nanoTime() - start) / 1e9);
            SearchQuality oneByOne = SearchQuality.on(new DynamoDbArticleRepository(client, table),
                    new DynamoDbSearchIndex(client, table), analyzer);
            ExecutorService reads = Executors.newFixedThreadPool(READ_THREADS);
            QualityReport report;
            try {
                SearchQuality together = SearchQuality.on(new DynamoDbArticleRepository(client, table),
                        new DynamoDbSearchIndex(client, table, reads), analyzer);
                report = together.run(queries);
                OUT.println("DynamoDB Local:              " + report.summary());
                printLatency("posting lists read one after the other", oneByOne, queries);
                printLatency("posting lists read at once (" + READ_THREADS + " threads)", together, queries);
            } finally {
                reads.shutdown();
            }
            printMisses(report);
        }
    }

    private static void printLatency(String how, SearchQuality quality, List<RelevanceQuery> queries) {
        quality.run(queries);
        List<QueryOutcome> timed = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            timed.addAll(quality.run(queries).outcomes());
        }
        QualityReport latency = new QualityReport(timed);
        OUT.printf(Locale.ROOT, "search latency on DynamoDB Local, %s: p50=%.1f ms p95=%.1f ms (%d searches)%n",
                how, latency.latencyMillis(50), latency.latencyMillis(95), timed.size());
    }

    private static void printMisses(QualityReport report) {
        OUT.println("queries with fewer relevant articles in their first three results than they have:");
        for (QueryOutcome miss : report.shortfalls()) {
            OUT.printf(Locale.ROOT, "  %-45s want %s got %s%n", "\"" + miss.query().query() + "\""
                    + (miss.query().product() == null ? "" : " in " + miss.query().product()),
                    miss.query().relevant(), miss.found().stream().limit(3).toList());
        }
    }
}
