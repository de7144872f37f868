package com.penultimate.sysops.core.kb;

/** The size of the indexed corpus: how many articles, and the total length of each field over all of them. */
public record CorpusStatistics(long articleCount, FieldCounts totalLengths) {
    public static final CorpusStatistics EMPTY = new CorpusStatistics(0, FieldCounts.NONE);

    /** The mean length of a field, at least 1 so that an empty corpus divides safely. */
    public double averageLength(ArticleField field) {
        return articleCount == 0 ? 1 : Math.max(1.0, (double) totalLengths.get(field) / articleCount);
    }
}
