package com.penultimate.sysops.admin;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** Body of {@code POST /admin/billing/runs}: the day to bill, {@code YYYY-MM-DD}. */
@Serdeable
record BillingRunRequest(LocalDate date) {
}
