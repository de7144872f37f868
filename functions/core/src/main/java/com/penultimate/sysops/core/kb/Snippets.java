package com.penultimate.sysops.core.kb;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the sentence of an article's problem or solution that holds the most distinct query terms (the
 * problem wins a tie, then the earlier sentence), analysed exactly as the index analysed it, and emphasises
 * the words that matched. Without any match, the problem's first sentence stands in.
 */
public final class Snippets {
    static final int MAX_LENGTH = 220;
    private static final List<ArticleField> SOURCES = List.of(ArticleField.PROBLEM, ArticleField.SOLUTION);

    private final TextAnalyzer analyzer;

    public Snippets(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Snippet of(Article article, Set<String> terms) {
        Passage best = null;
        for (ArticleField field : SOURCES) {
            for (String sentence : sentences(article.text(field))) {
                Passage passage = new Passage(field, sentence, analyzer.tokens(sentence).stream()
                        .filter(token -> terms.contains(token.term())).toList());
                if (best == null || passage.distinctMatches() > best.distinctMatches()) {
                    best = passage;
                }
            }
        }
        if (best == null || best.distinctMatches() == 0) {
            List<String> first = sentences(article.problem());
            return new Snippet(ArticleField.PROBLEM, shorten(first.isEmpty() ? "" : first.get(0), 0));
        }
        return new Snippet(best.field(), best.emphasised());
    }

    private static List<String> sentences(String text) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        boundaries.setText(text);
        List<String> sentences = new ArrayList<>();
        for (int start = boundaries.first(), end = boundaries.next(); end != BreakIterator.DONE;
             start = end, end = boundaries.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /** Cuts a long text to {@link #MAX_LENGTH} characters around {@code from}, marking cuts with "…". */
    static String shorten(String text, int from) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int start = Math.max(0, Math.min(from - 40, text.length() - MAX_LENGTH));
        start = start == 0 ? 0 : Math.max(text.indexOf(' ', start) + 1, start);
        int end = Math.min(text.length(), start + MAX_LENGTH);
        if (end < text.length() && text.lastIndexOf(' ', end) > start) {
            end = text.lastIndexOf(' ', end);
        }
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    private record Passage(ArticleField field, String sentence, List<AnalyzedToken> matches) {

        long distinctMatches() {
            return matches.stream().map(AnalyzedToken::term).distinct().count();
        }

        String emphasised() {
            StringBuilder out = new StringBuilder();
            int at = 0;
            for (AnalyzedToken match : matches) {
                if (match.start() < at) {
                    continue;
                }
                out.append(sentence, at, match.start()).append(Snippet.OPEN)
                        .append(sentence, match.start(), match.end()).append(Snippet.CLOSE);
                at = match.end();
            }
            out.append(sentence.substring(at));
            return shortenMarked(out.toString());
        }

        private static String shortenMarked(String marked) {
            return shorten(marked, Math.max(0, marked.indexOf(Snippet.OPEN)));
        }
    }
}
