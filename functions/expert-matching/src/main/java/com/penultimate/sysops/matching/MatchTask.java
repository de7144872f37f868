package com.penultimate.sysops.matching;

import io.micronaut.serde.annotation.Serdeable;

/** The state machine's Match step input: the ticket to find an expert for. */
@Serdeable
public record MatchTask(String ticketId) {
}
