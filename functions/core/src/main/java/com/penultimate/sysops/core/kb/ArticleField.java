package com.penultimate.sysops.core.kb;

/**
 * The searchable fields of an article and how much a match in each counts: a word in the title says more
 * about what the article is for than the same word in the steps of its solution.
 */
public enum ArticleField {
    TITLE(3.0), PROBLEM(2.0), TAGS(1.5), SOLUTION(1.0);

    private final double boost;

    ArticleField(double boost) {
        this.boost = boost;
    }

    public double boost() {
        return boost;
    }
}
