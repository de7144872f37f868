package com.penultimate.sysops.core.port;

import com.penultimate.sysops.core.reports.ReportEmail;

/** Sends managers' report emails (SES when deployed); returns the provider's message id. */
public interface ReportMailer {
    String send(ReportEmail email);
}
