package com.penultimate.sysops.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.penultimate.sysops.core.error.FieldProblem;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An RFC 7807 problem document; {@code errors} lists invalid fields where there are any. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://sysops.penultimate.example/problems/";

    public static Problem of(String code, String title, int status, String detail) {
        return new Problem(TYPE_BASE + code, title, status, detail, null);
    }

    public Problem withErrors(List<FieldProblem> fieldProblems) {
        return new Problem(type, title, status, detail, fieldProblems);
    }
}
