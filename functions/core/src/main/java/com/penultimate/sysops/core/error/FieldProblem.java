package com.penultimate.sysops.core.error;

/** One invalid field of an input, named by its JSON path (e.g. {@code location.lat}). */
public record FieldProblem(String field, String problem) {
}
