package com.penultimate.sysops.billing;

import com.penultimate.sysops.core.billing.BillingRun;
import io.micronaut.serde.annotation.SerdeImport;

/** Lets the scheduler's answer, a core record, travel as JSON. */
@SerdeImport(BillingRun.Report.class)
final class BillingSerde {
    private BillingSerde() {
    }
}
