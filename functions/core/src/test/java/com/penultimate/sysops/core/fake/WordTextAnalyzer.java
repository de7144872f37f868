package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.kb.AnalyzedToken;
import com.penultimate.sysops.core.kb.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in analyzer for core tests: lower-cased runs of letters and digits, a few stop words dropped, a
 * plural "s" cut off. The deployed analyzer is Lucene's (module kb-text).
 */
public final class WordTextAnalyzer implements TextAnalyzer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("a", "an", "and", "the", "no", "not", "is", "of", "on", "to", "it");

    @Override
    public List<AnalyzedToken> tokens(String text) {
        List<AnalyzedToken> tokens = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (!STOP.contains(word)) {
                String term = word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
                tokens.add(new AnalyzedToken(term, words.start(), words.end()));
            }
        }
        return tokens;
    }
}
