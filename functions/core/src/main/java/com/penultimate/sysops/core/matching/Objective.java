package com.penultimate.sysops.core.matching;

/** What makes one eligible expert better than another, each scored 0..1 and weighted. */
public enum Objective {
    /** Shortest travel from where the expert is to the ticket. */
    SHORT_TRAVEL(0.45),
    /** Fewest tickets on hand relative to capacity. */
    LIGHT_LOAD(0.25),
    /** Best past survey ratings. */
    SATISFACTION(0.20),
    /** The customer's preferred expert. */
    PREFERRED_BY_CUSTOMER(0.10);

    private final double weight;

    Objective(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
