package com.penultimate.sysops.core.reports;

import java.time.LocalDate;

/**
 * One counter of the reporting store: a {@code name} (e.g. {@code filed}) on a {@code day} in a {@code scope}: the
 * whole operation ({@value #OPERATIONS}), or one product, skill, area or expert ({@code product#TV-OLED55},
 * {@code expert#exp-01}), or the ratings of one ({@code rating#expert#exp-01}).
 */
public record DayCounter(LocalDate day, String scope, String name) {
    public static final String OPERATIONS = "ops";

    public static String product(String code) {
        return "product#" + code;
    }

    public static String skill(String skill) {
        return "skill#" + skill;
    }

    public static String area(String area) {
        return "area#" + area;
    }

    public static String expert(String expertId) {
        return "expert#" + expertId;
    }

    /** The ratings of a scope, e.g. {@code rating(expert("exp-01"))}. */
    public static String rating(String scope) {
        return "rating#" + scope;
    }
}
