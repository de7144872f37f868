package com.penultimate.sysops.kb.text;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The Lucene analysis chain of the knowledge base: hyphenated spellings joined ("Wi-Fi" → "WiFi"), Unicode
 * word segmentation, possessives dropped, lower case, accents folded to ASCII, stop words removed, Snowball
 * English (Porter2) stemming with a few overrides where it errs, and, when given, synonyms mapped onto one
 * stemmed term (so "television" meets "tv").
 */
final class RepairTextAnalyzer extends Analyzer {
    /** Words people write both with and without a hyphen; joined so that both spellings meet. */
    private static final Pattern HYPHENATED = Pattern.compile("(?i)\\b(wi|e|re)-(fi|mail|boot|pair|install)\\b");

    private final CharArraySet stopWords;
    private final StemmerOverrideMap stemOverrides;
    private final SynonymMap synonyms;

    RepairTextAnalyzer(CharArraySet stopWords, StemmerOverrideMap stemOverrides, SynonymMap synonyms) {
        this.stopWords = stopWords;
        this.stemOverrides = stemOverrides;
        this.synonyms = synonyms;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(HYPHENATED, "$1$2", reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, stopWords);
        stream = new StemmerOverrideFilter(stream, stemOverrides);
        stream = new SnowballFilter(stream, new EnglishStemmer());
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(source, stream);
    }
}
