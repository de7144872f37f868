package com.penultimate.sysops.core.error;

import java.util.List;
import java.util.stream.Collectors;

/** The input breaks a rule; {@link #problems()} names every offending field. */
public final class InvalidInputException extends DomainException {
    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + " " + p.problem()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String problem) {
        return new InvalidInputException(List.of(new FieldProblem(field, problem)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
