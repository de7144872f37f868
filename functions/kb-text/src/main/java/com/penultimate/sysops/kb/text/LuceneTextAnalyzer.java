package com.penultimate.sysops.kb.text;

import com.penultimate.sysops.core.kb.AnalyzedToken;
import com.penultimate.sysops.core.kb.TextAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The knowledge base's {@link TextAnalyzer} on Lucene's English analysis (see {@link RepairTextAnalyzer}):
 * Lucene's English stop words plus the question words and pronouns people put in searches, the stems of
 * {@code stem-overrides.txt}, and the synonyms of {@code synonyms.txt} (Solr format, each line mapped onto its
 * first word). Thread-safe; build it once.
 */
public final class LuceneTextAnalyzer implements TextAnalyzer, AutoCloseable {
    private static final List<String> QUERY_WORDS = List.of("i", "me", "my", "we", "our", "you", "your", "do",
            "does", "did", "doesn't", "don't", "can", "can't", "cannot", "how", "what", "why", "when", "where",
            "which", "who", "has", "have", "had", "after", "its", "it's", "won't", "isn't");

    private final Analyzer analyzer;

    private LuceneTextAnalyzer(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The analyzer the knowledge base indexes and searches with, synonyms included. */
    public static LuceneTextAnalyzer english() {
        CharArraySet stop = stopWords();
        StemmerOverrideMap overrides = stemOverrides();
        return new LuceneTextAnalyzer(new RepairTextAnalyzer(stop, overrides,
                synonyms(new RepairTextAnalyzer(stop, overrides, null))));
    }

    /** The same analysis without synonyms, to measure what they add. */
    public static LuceneTextAnalyzer withoutSynonyms() {
        return new LuceneTextAnalyzer(new RepairTextAnalyzer(stopWords(), stemOverrides(), null));
    }

    @Override
    public List<AnalyzedToken> tokens(String text) {
        List<AnalyzedToken> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", Objects.requireNonNull(text, "text"))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new AnalyzedToken(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return tokens;
    }

    @Override
    public void close() {
        analyzer.close();
    }

    private static CharArraySet stopWords() {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        stop.addAll(QUERY_WORDS);
        return CharArraySet.unmodifiableSet(stop);
    }

    private static StemmerOverrideMap stemOverrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        try (BufferedReader lines = resource("stem-overrides.txt")) {
            lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .forEach(pair -> builder.add(pair[0], pair[1]));
            return builder.build();
        } catch (IOException e) {
            throw new IllegalStateException("stem-overrides.txt cannot be read", e);
        }
    }

    /** Parses the synonyms with the chain they will meet, so that each entry is stemmed as the text is. */
    private static SynonymMap synonyms(Analyzer entryAnalyzer) {
        try (Reader file = resource("synonyms.txt")) {
            SolrSynonymParser parser = new SolrSynonymParser(true, false, entryAnalyzer);
            parser.parse(file);
            return parser.build();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("synonyms.txt cannot be read", e);
        } finally {
            entryAnalyzer.close();
        }
    }

    private static BufferedReader resource(String name) {
        return new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                LuceneTextAnalyzer.class.getResourceAsStream(name), name), StandardCharsets.UTF_8));
    }
}
