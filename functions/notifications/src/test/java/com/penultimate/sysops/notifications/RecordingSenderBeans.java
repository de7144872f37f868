package com.penultimate.sysops.notifications;

import com.penultimate.sysops.core.fake.RecordingSenders;
import com.penultimate.sysops.core.port.EmailSender;
import com.penultimate.sysops.core.port.ManagerAlerts;
import com.penultimate.sysops.core.port.SmsSender;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

/**
 * In tests, SMS, email and managers' alerts go to one recorder instead of SNS and SES: those adapters are tested
 * against moto in aws-adapters, and this function's concern is what is sent, how often, and what is retried.
 */
@Factory
class RecordingSenderBeans {
    private final RecordingSenders senders = new RecordingSenders();

    @Singleton
    @Replaces(value = SmsSender.class, factory = NotificationsBeans.class)
    SmsSender sms() {
        return senders;
    }

    @Singleton
    @Replaces(value = EmailSender.class, factory = NotificationsBeans.class)
    EmailSender email() {
        return senders;
    }

    @Singleton
    @Replaces(value = ManagerAlerts.class, factory = NotificationsBeans.class)
    ManagerAlerts managers() {
        return senders;
    }
}
