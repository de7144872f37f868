package com.penultimate.sysops.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;

/**
 * Lambda entry point for the billing queue (with {@code ReportBatchItemFailures}): charges each queued contract
 * once and answers which records SQS should deliver again.
 */
public class BillingHandler extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {
    private static final String SETTING = "sysops.queues.notifications (SYSOPS_QUEUES_NOTIFICATIONS)";
    private final BillingBatch batch;

    public BillingHandler() {
        this.batch = BillingBeans.required(getApplicationContext(), BillingBatch.class, SETTING);
    }

    /** For tests and the local runtime: runs in a context built elsewhere. */
    public BillingHandler(ApplicationContext context) {
        super(context);
        this.batch = BillingBeans.required(context, BillingBatch.class, SETTING);
    }

    @Override
    public SQSBatchResponse execute(SQSEvent event) {
        return batch.bill(event.getRecords(), getApplicationContext().getBean(Context.class));
    }
}
