package com.penultimate.sysops.core.reports;

import com.penultimate.sysops.core.reports.DurationHistogram.DurationSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How the operation did from {@code from} to {@code to} (both included, UTC days), and how many tickets are open
 * now.
 *
 * @param openTickets   tickets open now, by status
 * @param timeToOffer   filing to the first offer
 * @param timeToAccept  an offer to its acceptance
 * @param timeToComplete filing to completion
 * @param daily         per day: filed, completed, escalated
 * @param weeklyVolume  tickets filed per ISO week, by product, skill and area
 * @param experts       per expert: offers, answers, completed work and utilisation of an 8-hour working day
 */
public record OperationsReport(LocalDate from, LocalDate to, Instant generatedAt, Map<String, Long> openTickets,
                               Totals totals, DurationSummary timeToOffer, DurationSummary timeToAccept,
                               DurationSummary timeToComplete, List<Day> daily, List<Volume> weeklyVolume,
                               List<ExpertWork> experts) {

    /**
     * Counts over the period.
     *
     * @param firstTimeFixRate completed tickets fixed by the first expert sent, without escalation (0..1)
     * @param repeatTickets    tickets filed within 30 days of the same customer's previous one for the product
     */
    public record Totals(long filed, long completed, long escalated, long cancelled, long repeatTickets,
                         long firstTimeFixes, double firstTimeFixRate, long slaOfferBreaches,
                         long slaCompletionBreaches) {
    }

    public record Day(LocalDate date, long filed, long completed, long escalated) {
    }

    /** Tickets filed in an ISO week ({@code 2026-W48}) for one product, skill or area. */
    public record Volume(String week, String dimension, String key, long tickets) {
    }

    /** @param utilisation busy hours over the period's working hours (weekdays, 8 hours each) */
    public record ExpertWork(String expertId, long offered, long accepted, long declined, long completed,
                             double busyHours, double utilisation) {
    }
}
