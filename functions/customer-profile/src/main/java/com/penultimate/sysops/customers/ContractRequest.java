package com.penultimate.sysops.customers;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /customers/me/contracts}. */
@Serdeable
record ContractRequest(List<String> products, LocalDate startDate) {
}
