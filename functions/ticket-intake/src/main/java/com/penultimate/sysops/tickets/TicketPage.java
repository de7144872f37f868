package com.penultimate.sysops.tickets;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of tickets, newest first; pass {@code nextCursor} back as {@code cursor} for the next one. */
@Serdeable
record TicketPage(List<TicketView> items, String nextCursor) {
}
