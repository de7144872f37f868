package com.penultimate.sysops.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.penultimate.sysops.core.port.ReportMailer;
import com.penultimate.sysops.core.reports.ReportEmail;
import com.penultimate.sysops.http.testing.TestTokens;
import com.penultimate.sysops.lambda.testing.EventFiles;
import com.penultimate.sysops.lambda.testing.LambdaContexts;
import com.penultimate.sysops.lambda.testing.TestLambdaContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class WeeklyReportHandlerTest {
    private static final List<ReportEmail> SENT = new CopyOnWriteArrayList<>();

    /** In tests the email goes to a recorder; SES is tested against moto in aws-adapters. */
    @Factory
    static class RecordingMailer {
        @Singleton
        @Replaces(value = ReportMailer.class, factory = ReportsBeans.class)
        @Requires(property = "sysops.reports.recipients")
        ReportMailer mailer() {
            return email -> {
                SENT.add(email);
                return "msg-" + SENT.size();
            };
        }
    }

    @Test
    void weekly_emailsLastWeeksFiguresWithTheChartInline_toEveryManager() throws Exception {
        Map<String, Object> settings = settings(new ReportsWorld(WeeklyReportHandlerTest.class).weekOfTickets());
        settings.put("sysops.reports.recipients", "mia@sysops.example, max@sysops.example");
        settings.put("sysops.email.from", "reports@sysops.example");

        try (WeeklyReportHandler handler = new WeeklyReportHandler(LambdaContexts.start(settings))) {
            WeeklySummary.Sent sent = handler.handleRequest(
                    EventFiles.read("reports", "weekly_report_schedule.json", ScheduledEvent.class),
                    new TestLambdaContext());

            LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
            assertThat(sent).isEqualTo(new WeeklySummary.Sent(yesterday.minusDays(6), yesterday, 2, "msg-1"));
        }
        ReportEmail email = SENT.get(0);
        assertThat(email.to()).containsExactly("mia@sysops.example", "max@sysops.example");
        assertThat(email.subject()).contains("tickets filed");
        assertThat(email.html()).contains("cid:" + WeeklySummary.CHART_ID, "First-time fix rate");
        assertThat(email.text()).contains("Tickets filed:", "Open now:");
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(email.chartPng()));
        assertThat(chart.getWidth()).isEqualTo(DailyChart.WIDTH);
        assertThat(chart.getHeight()).isEqualTo(DailyChart.HEIGHT);
    }

    @Test
    void withoutRecipients_theWeeklyFunctionRefusesToStartAndNamesTheSetting() {
        Map<String, Object> settings = settings(new ReportsWorld(WeeklyReportHandlerTest.class));

        assertThatThrownBy(() -> new WeeklyReportHandler(LambdaContexts.start(settings)))
                .hasMessageContaining("SYSOPS_REPORTS_RECIPIENTS");
    }

    /** The jar also serves the HTTP reports, whose token check every function of it configures (Globals). */
    private static Map<String, Object> settings(ReportsWorld world) {
        Map<String, Object> settings = world.properties();
        settings.put("sysops.auth.jwks", TestTokens.shared().jwks());
        settings.put("sysops.auth.issuer", TestTokens.ISSUER);
        return settings;
    }
}
