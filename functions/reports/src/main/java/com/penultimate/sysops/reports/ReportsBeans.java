package com.penultimate.sysops.reports;

import com.penultimate.sysops.aws.dynamodb.DynamoDbReportStore;
import com.penultimate.sysops.aws.messaging.SesReportMailer;
import com.penultimate.sysops.core.port.ReportMailer;
import com.penultimate.sysops.core.reports.ManagerReports;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Wires the reports to the reporting store, and the weekly summary to SES. Lambda creates every singleton at
 * start, so the summary's beans exist only where its recipients are configured (the weekly function).
 */
@Factory
class ReportsBeans {

    @Singleton
    ManagerReports reports(DynamoDbClient dynamoDb, SysopsSettings settings, Clock clock) {
        return new ManagerReports(new DynamoDbReportStore(dynamoDb, settings.table("reports")), clock);
    }

    @Singleton
    @Requires(property = "sysops.reports.recipients")
    ReportMailer mailer(SesV2Client ses, SysopsSettings settings) {
        return new SesReportMailer(ses, settings.emailFrom());
    }

    @Singleton
    @Requires(property = "sysops.reports.recipients")
    WeeklySummary weekly(ManagerReports reports, ReportMailer mailer, ReportsSettings settings, Clock clock) {
        return new WeeklySummary(reports, mailer, settings.recipientList(), clock);
    }
}
