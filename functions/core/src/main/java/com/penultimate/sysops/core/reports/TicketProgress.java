package com.penultimate.sysops.core.reports;

/** How much of a ticket's history the reporting store has counted: its first {@code applied} entries. */
public record TicketProgress(int applied, TicketProfile profile) {
}
