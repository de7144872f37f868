package com.penultimate.sysops.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Survey ratings (1-5) answered from {@code from} to {@code to}, by expert, product and area (the customer's city).
 * Empty until surveys are answered.
 */
public record SatisfactionReport(LocalDate from, LocalDate to, Instant generatedAt, long responses,
                                 double averageRating, List<Rating> ratings) {

    /** The ratings of one expert, product or area. */
    public record Rating(String dimension, String key, long responses, double averageRating) {
    }
}
