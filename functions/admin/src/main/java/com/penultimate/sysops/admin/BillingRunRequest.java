package com.penultimate.sysops.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** Body of {@code POST /admin/billing/runs}: the day to bill, {@code YYYY-MM-DD}. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record BillingRunRequest(LocalDate date) {
}
