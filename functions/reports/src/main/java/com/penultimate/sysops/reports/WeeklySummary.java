package com.penultimate.sysops.reports;

import com.penultimate.sysops.core.port.ReportMailer;
import com.penultimate.sysops.core.reports.DurationHistogram.DurationSummary;
import com.penultimate.sysops.core.reports.ManagerReports;
import com.penultimate.sysops.core.reports.OperationsReport;
import com.penultimate.sysops.core.reports.ReportEmail;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The managers' weekly email: the last seven full days (UTC) in a few figures, and a chart of tickets filed and
 * completed per day, shown inline in the HTML version; the text version carries the same figures for clients
 * that show no HTML.
 */
final class WeeklySummary {
    static final String CHART_ID = "weekly-chart";

    private final ManagerReports reports;
    private final ReportMailer mailer;
    private final List<String> recipients;
    private final Clock clock;

    WeeklySummary(ManagerReports reports, ReportMailer mailer, List<String> recipients, Clock clock) {
        this.reports = reports;
        this.mailer = mailer;
        this.recipients = List.copyOf(recipients);
        this.clock = clock;
    }

    /** What was sent: the week, to how many managers, under which message id. */
    @Serdeable
    record Sent(LocalDate from, LocalDate to, int recipients, String messageId) {
    }

    Sent send() {
        LocalDate to = LocalDate.now(clock).minusDays(1);
        LocalDate from = to.minusDays(6);
        OperationsReport report = reports.operations(from, to);
        String title = "Sysops Squad week " + from + " to " + to;
        byte[] chart = DailyChart.png(title, report.daily());
        List<String[]> figures = figures(report);
        String subject = title + ": " + report.totals().filed() + " tickets filed, " + report.totals().completed()
                + " completed";
        String messageId = mailer.send(new ReportEmail(recipients, subject, text(title, figures), html(title, figures),
                chart, CHART_ID));
        return new Sent(from, to, recipients.size(), messageId);
    }

    private static List<String[]> figures(OperationsReport r) {
        OperationsReport.Totals t = r.totals();
        long open = r.openTickets().values().stream().mapToLong(Long::longValue).sum();
        return List.of(
                new String[] {"Tickets filed", Long.toString(t.filed())},
                new String[] {"Tickets completed", Long.toString(t.completed())},
                new String[] {"Open now", Long.toString(open)},
                new String[] {"Escalations", Long.toString(t.escalated())},
                new String[] {"First-time fix rate", Math.round(t.firstTimeFixRate() * 100) + "%"},
                new String[] {"Repeat tickets", Long.toString(t.repeatTickets())},
                new String[] {"Offered within 1 h (breaches)", Long.toString(t.slaOfferBreaches())},
                new String[] {"Completed within 24 h (breaches)", Long.toString(t.slaCompletionBreaches())},
                new String[] {"Time to offer, median", minutes(r.timeToOffer())},
                new String[] {"Time to complete, median", minutes(r.timeToComplete())});
    }

    private static String minutes(DurationSummary s) {
        return s.count() == 0 ? "-" : s.p50Minutes() + " min";
    }

    private static String text(String title, List<String[]> figures) {
        StringBuilder text = new StringBuilder(title).append("\n\n");
        figures.forEach(f -> text.append(f[0]).append(": ").append(f[1]).append('\n'));
        return text.append("\nThe full report: GET /reports/operations (Accept: text/csv for a spreadsheet).\n")
                .toString();
    }

    private static String html(String title, List<String[]> figures) {
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\"><h2>")
                .append(escape(title)).append("</h2><img src=\"cid:").append(CHART_ID)
                .append("\" alt=\"Tickets filed and completed per day\" width=\"").append(DailyChart.WIDTH)
                .append("\"><table cellpadding=\"4\">");
        figures.forEach(f -> html.append("<tr><td>").append(escape(f[0])).append("</td><td><b>")
                .append(escape(f[1])).append("</b></td></tr>"));
        return html.append("</table></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
