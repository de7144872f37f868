package com.penultimate.sysops.admin;

import com.penultimate.sysops.core.billing.BillingRun;
import io.micronaut.serde.annotation.SerdeImport;

/** Lets a billing run's report, a core record, travel as JSON. */
@SerdeImport(BillingRun.Report.class)
final class BillingRunSerde {
    private BillingRunSerde() {
    }
}
