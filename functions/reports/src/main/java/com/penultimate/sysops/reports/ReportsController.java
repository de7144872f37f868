package com.penultimate.sysops.reports;

import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.reports.ManagerReports;
import com.penultimate.sysops.core.reports.OperationsReport;
import com.penultimate.sysops.core.reports.SatisfactionReport;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Managers' reports (API.md, Reports): JSON, or CSV when the request accepts {@code text/csv}. {@code from} and
 * {@code to} are days ({@code YYYY-MM-DD}, UTC, both included); without them, the last seven days.
 */
@Controller("/reports")
class ReportsController {
    static final String CSV = "text/csv";
    private final ManagerReports reports;

    ReportsController(ManagerReports reports) {
        this.reports = reports;
    }

    @Get("/operations")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    HttpResponse<?> operations(Caller caller, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                               @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        OperationsReport report = reports.operations(caller, day("from", from), day("to", to));
        return wantsCsv(accept) ? csv(ReportCsv.operations(report), "operations", report.from(), report.to())
                : HttpResponse.ok(report);
    }

    @Get("/satisfaction")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    HttpResponse<?> satisfaction(Caller caller, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                 @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        SatisfactionReport report = reports.satisfaction(caller, day("from", from), day("to", to));
        return wantsCsv(accept) ? csv(ReportCsv.satisfaction(report), "satisfaction", report.from(), report.to())
                : HttpResponse.ok(report);
    }

    private static boolean wantsCsv(String accept) {
        return accept != null && accept.toLowerCase().contains(CSV);
    }

    private static HttpResponse<String> csv(String body, String name, LocalDate from, LocalDate to) {
        return HttpResponse.ok(body).contentType(CSV + "; charset=utf-8; header=present")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-" + from + "-" + to
                        + ".csv\"");
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "must be a day, YYYY-MM-DD");
        }
    }
}
