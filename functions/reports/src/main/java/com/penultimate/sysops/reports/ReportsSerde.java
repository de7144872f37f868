package com.penultimate.sysops.reports;

import com.penultimate.sysops.core.reports.DurationHistogram;
import com.penultimate.sysops.core.reports.OperationsReport;
import com.penultimate.sysops.core.reports.SatisfactionReport;
import io.micronaut.serde.annotation.SerdeImport;

/** Lets the core's report records travel as JSON. */
@SerdeImport(OperationsReport.class)
@SerdeImport(OperationsReport.Totals.class)
@SerdeImport(OperationsReport.Day.class)
@SerdeImport(OperationsReport.Volume.class)
@SerdeImport(OperationsReport.ExpertWork.class)
@SerdeImport(DurationHistogram.DurationSummary.class)
@SerdeImport(SatisfactionReport.class)
@SerdeImport(SatisfactionReport.Rating.class)
final class ReportsSerde {
    private ReportsSerde() {
    }
}
