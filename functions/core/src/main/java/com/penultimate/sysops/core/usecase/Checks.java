package com.penultimate.sysops.core.usecase;

import com.penultimate.sysops.core.error.FieldProblem;
import com.penultimate.sysops.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every problem of an input before failing, so a client learns them all at once. */
final class Checks {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");

    private final List<FieldProblem> problems = new ArrayList<>();

    Checks text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (value.length() > maxLength) {
            problems.add(new FieldProblem(field, "must be at most " + maxLength + " characters"));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            problems.add(new FieldProblem(field, "must not contain control characters"));
        }
        return this;
    }

    Checks email(String field, String value) {
        if (value == null || value.length() > 254 || !EMAIL.matcher(value).matches()) {
            problems.add(new FieldProblem(field, "must be an email address"));
        }
        return this;
    }

    Checks phone(String field, String value) {
        if (value == null || !E164.matcher(value).matches()) {
            problems.add(new FieldProblem(field, "must be an E.164 phone number such as +15551234567"));
        }
        return this;
    }

    Checks code(String field, String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            problems.add(new FieldProblem(field, "must be 1-64 letters, digits, '.', '_' or '-'"));
        }
        return this;
    }

    Checks codes(String field, Collection<String> values, int maxCount) {
        if (values == null || values.isEmpty()) {
            problems.add(new FieldProblem(field, "must name at least one"));
        } else if (values.size() > maxCount) {
            problems.add(new FieldProblem(field, "must name at most " + maxCount));
        } else {
            values.forEach(v -> code(field + "[]", v));
        }
        return this;
    }

    Checks present(String field, Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "is required"));
        }
        return this;
    }

    Checks that(boolean ok, String field, String problem) {
        if (!ok) {
            problems.add(new FieldProblem(field, problem));
        }
        return this;
    }

    void orThrow() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
