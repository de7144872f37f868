package com.penultimate.sysops.expertapp;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The expert's offered and accepted tickets, newest first. */
@Serdeable
record ExpertTicketList(List<ExpertTicketView> items) {
}
