package com.penultimate.sysops.core.kb;

/**
 * The searchable fields of an article and how much a match in each counts: a word in the title says more
 * about what the article is for than the same word in the steps of its solution. The product codes are
 * searchable too ("TV-OLED55" gives "tv"), so that "tv" in a query favours the articles written for TVs.
 */
public enum ArticleField {
    TITLE(3.0), PROBLEM(2.0), PRODUCTS(1.5), TAGS(1.5), SOLUTION(1.0);

    private final double boost;

    ArticleField(double boost) {
        this.boost = boost;
    }

    public double boost() {
        return boost;
    }
}
