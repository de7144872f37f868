package com.penultimate.sysops.billing;

import com.penultimate.sysops.core.fake.RecordingBillingQueue;
import com.penultimate.sysops.core.fake.RecordingNotifications;
import com.penultimate.sysops.core.port.BillingQueue;
import com.penultimate.sysops.core.port.NotificationQueue;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * In tests, the billing and notification queues are recorders instead of SQS: the SQS adapters are tested in
 * aws-adapters, and this function's concern is what it queues, charges and records.
 */
@Factory
class RecordingQueueBeans {

    @Singleton
    @Replaces(value = BillingQueue.class, factory = BillingBeans.class)
    @Requires(property = "sysops.queues.billing")
    BillingQueue billingQueue() {
        return new RecordingBillingQueue();
    }

    @Singleton
    @Replaces(value = NotificationQueue.class, factory = BillingBeans.class)
    @Requires(property = "sysops.queues.notifications")
    NotificationQueue notifications() {
        return new RecordingNotifications();
    }
}
