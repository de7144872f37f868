package com.penultimate.sysops.customers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /customers/me/contracts}. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record ContractRequest(List<String> products, LocalDate startDate) {
}
