package com.penultimate.sysops.reports;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;

/**
 * Who receives the weekly summary ({@code SYSOPS_REPORTS_RECIPIENTS}: addresses separated by commas).
 *
 * @param recipients the managers' addresses
 */
@ConfigurationProperties("sysops.reports")
public record ReportsSettings(@Nullable String recipients) {

    List<String> recipientList() {
        List<String> list = recipients == null ? List.of() : Arrays.stream(recipients.split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).toList();
        if (list.isEmpty()) {
            throw new IllegalStateException("sysops.reports.recipients names nobody (SYSOPS_REPORTS_RECIPIENTS)");
        }
        return list;
    }
}
