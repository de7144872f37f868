package com.penultimate.sysops.reports;

import com.penultimate.sysops.core.reports.DurationHistogram.DurationSummary;
import com.penultimate.sysops.core.reports.OperationsReport;
import com.penultimate.sysops.core.reports.SatisfactionReport;

/**
 * The reports as one table each, in long form (one figure per row: section, period, dimension, key, metric,
 * value), so a spreadsheet can filter and pivot any of them.
 */
final class ReportCsv {
    static final String HEADER = "section,period,dimension,key,metric,value";

    private ReportCsv() {
    }

    static String operations(OperationsReport r) {
        String period = r.from() + ".." + r.to();
        Csv csv = new Csv().row("section", "period", "dimension", "key", "metric", "value");
        r.openTickets().forEach((status, n) -> csv.row("open", "now", "status", status, "tickets", n));
        OperationsReport.Totals t = r.totals();
        csv.row("totals", period, "all", "all", "filed", t.filed())
                .row("totals", period, "all", "all", "completed", t.completed())
                .row("totals", period, "all", "all", "escalated", t.escalated())
                .row("totals", period, "all", "all", "cancelled", t.cancelled())
                .row("totals", period, "all", "all", "repeatTickets", t.repeatTickets())
                .row("totals", period, "all", "all", "firstTimeFixes", t.firstTimeFixes())
                .row("totals", period, "all", "all", "firstTimeFixRate", t.firstTimeFixRate())
                .row("totals", period, "all", "all", "slaOfferBreaches", t.slaOfferBreaches())
                .row("totals", period, "all", "all", "slaCompletionBreaches", t.slaCompletionBreaches());
        timing(csv, period, "timeToOffer", r.timeToOffer());
        timing(csv, period, "timeToAccept", r.timeToAccept());
        timing(csv, period, "timeToComplete", r.timeToComplete());
        for (OperationsReport.Day d : r.daily()) {
            csv.row("daily", d.date(), "all", "all", "filed", d.filed())
                    .row("daily", d.date(), "all", "all", "completed", d.completed())
                    .row("daily", d.date(), "all", "all", "escalated", d.escalated());
        }
        r.weeklyVolume().forEach(v -> csv.row("weeklyVolume", v.week(), v.dimension(), v.key(), "tickets",
                v.tickets()));
        for (OperationsReport.ExpertWork e : r.experts()) {
            csv.row("experts", period, "expert", e.expertId(), "offered", e.offered())
                    .row("experts", period, "expert", e.expertId(), "accepted", e.accepted())
                    .row("experts", period, "expert", e.expertId(), "declined", e.declined())
                    .row("experts", period, "expert", e.expertId(), "completed", e.completed())
                    .row("experts", period, "expert", e.expertId(), "busyHours", e.busyHours())
                    .row("experts", period, "expert", e.expertId(), "utilisation", e.utilisation());
        }
        return csv.toString();
    }

    static String satisfaction(SatisfactionReport r) {
        String period = r.from() + ".." + r.to();
        Csv csv = new Csv().row("section", "period", "dimension", "key", "metric", "value")
                .row("totals", period, "all", "all", "responses", r.responses())
                .row("totals", period, "all", "all", "averageRating", r.averageRating());
        for (SatisfactionReport.Rating rating : r.ratings()) {
            csv.row("ratings", period, rating.dimension(), rating.key(), "responses", rating.responses())
                    .row("ratings", period, rating.dimension(), rating.key(), "averageRating", rating.averageRating());
        }
        return csv.toString();
    }

    private static void timing(Csv csv, String period, String metric, DurationSummary s) {
        csv.row("timing", period, "all", metric, "count", s.count())
                .row("timing", period, "all", metric, "meanMinutes", s.meanMinutes())
                .row("timing", period, "all", metric, "p50Minutes", s.p50Minutes())
                .row("timing", period, "all", metric, "p90Minutes", s.p90Minutes())
                .row("timing", period, "all", metric, "p95Minutes", s.p95Minutes());
    }
}
