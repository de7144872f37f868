package com.penultimate.sysops.core.reports;

import java.util.List;

/**
 * An email to managers with a chart: a plain-text version, an HTML version that shows the chart inline
 * ({@code <img src="cid:<chartContentId>">}), and the chart itself as a PNG.
 */
public record ReportEmail(List<String> to, String subject, String text, String html, byte[] chartPng,
                          String chartContentId) {
    public ReportEmail {
        to = List.copyOf(to);
        chartPng = chartPng.clone();
    }

    @Override
    public byte[] chartPng() {
        return chartPng.clone();
    }
}
