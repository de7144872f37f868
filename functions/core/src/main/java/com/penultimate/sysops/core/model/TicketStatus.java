package com.penultimate.sysops.core.model;

import java.util.EnumSet;
import java.util.Set;

/** Where a ticket is in its life (DESIGN.md §4), and which moves are legal from each place. */
public enum TicketStatus {
    RECEIVED, MATCHING, WAITING_FOR_EXPERT, OFFERED, ACCEPTED, COMPLETED, SURVEYED, ESCALATED, CANCELLED;

    public Set<TicketStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(MATCHING, ESCALATED, CANCELLED);
            case MATCHING -> EnumSet.of(OFFERED, WAITING_FOR_EXPERT, ESCALATED, CANCELLED);
            case WAITING_FOR_EXPERT -> EnumSet.of(MATCHING, ESCALATED, CANCELLED);
            case OFFERED -> EnumSet.of(ACCEPTED, MATCHING, ESCALATED, CANCELLED);
            case ACCEPTED -> EnumSet.of(COMPLETED, ESCALATED, CANCELLED);
            case COMPLETED -> EnumSet.of(SURVEYED);
            case ESCALATED -> EnumSet.of(MATCHING, CANCELLED);
            case SURVEYED, CANCELLED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return next().contains(target);
    }

    /** No further work will ever happen on a ticket in a terminal state. */
    public boolean isTerminal() {
        return next().isEmpty();
    }
}
