package com.penultimate.sysops.notifications;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;

/**
 * Lambda entry point for the notifications queue (with {@code ReportBatchItemFailures}): sends each
 * notification once and answers which records SQS should deliver again. Lambda builds handlers with their
 * no-argument constructor, so collaborators are looked up once, when the container starts.
 */
public class NotificationsHandler extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {
    private final NotificationBatch batch;

    public NotificationsHandler() {
        this.batch = getApplicationContext().getBean(NotificationBatch.class);
    }

    /** For tests and the local runtime: runs in a context built elsewhere. */
    public NotificationsHandler(ApplicationContext context) {
        super(context);
        this.batch = context.getBean(NotificationBatch.class);
    }

    @Override
    public SQSBatchResponse execute(SQSEvent event) {
        return batch.send(event.getRecords(), getApplicationContext().getBean(Context.class));
    }
}
