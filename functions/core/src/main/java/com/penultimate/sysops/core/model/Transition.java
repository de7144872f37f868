package com.penultimate.sysops.core.model;

import java.time.Instant;

/** One entry of a ticket's history: who moved it, when, from where to where, and why. */
public record Transition(TicketStatus from, TicketStatus to, Instant at, String by, String reason) {
}
