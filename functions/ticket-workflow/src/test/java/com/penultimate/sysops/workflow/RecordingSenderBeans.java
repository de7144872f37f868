package com.penultimate.sysops.workflow;

import com.penultimate.sysops.core.fake.RecordingSenders;
import com.penultimate.sysops.core.port.EmailSender;
import com.penultimate.sysops.core.port.SmsSender;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * In tests, the survey's SMS and email go to a recorder instead of SNS and SES: those adapters are tested against
 * moto in aws-adapters, and this function's concern is what it sends, and how often.
 */
@Factory
class RecordingSenderBeans {
    private final RecordingSenders senders = new RecordingSenders();

    @Singleton
    @Replaces(value = SmsSender.class, factory = WorkflowBeans.class)
    @Requires(property = "sysops.queues.notifications")
    SmsSender sms() {
        return senders;
    }

    @Singleton
    @Replaces(value = EmailSender.class, factory = WorkflowBeans.class)
    @Requires(property = "sysops.queues.notifications")
    EmailSender email() {
        return senders;
    }
}
