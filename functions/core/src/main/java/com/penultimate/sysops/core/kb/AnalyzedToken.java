package com.penultimate.sysops.core.kb;

/** A term the analyzer made of a word of a text, with where the word is: {@code text.substring(start, end)}. */
public record AnalyzedToken(String term, int start, int end) {
}
