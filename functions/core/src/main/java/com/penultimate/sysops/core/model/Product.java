package com.penultimate.sysops.core.model;

import java.util.Set;

/** A supported product and the skills an expert needs to fix it. */
public record Product(String code, String name, Set<String> skills) {
    public Product {
        skills = Set.copyOf(skills);
    }
}
