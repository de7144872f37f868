package com.penultimate.sysops.notifications;

import com.penultimate.sysops.aws.dynamodb.DynamoDbCustomerRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbExpertRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbInvoiceRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbIdempotencyStore;
import com.penultimate.sysops.aws.dynamodb.DynamoDbTicketRepository;
import com.penultimate.sysops.aws.messaging.SesEmailSender;
import com.penultimate.sysops.aws.messaging.SnsManagerAlerts;
import com.penultimate.sysops.aws.messaging.SnsSmsSender;
import com.penultimate.sysops.core.notification.BillingMessages;
import com.penultimate.sysops.core.notification.MessageTexts;
import com.penultimate.sysops.core.notification.NotificationSender;
import com.penultimate.sysops.core.port.CustomerRepository;
import com.penultimate.sysops.core.port.ExpertRepository;
import com.penultimate.sysops.core.port.EmailSender;
import com.penultimate.sysops.core.port.ManagerAlerts;
import com.penultimate.sysops.core.port.SmsSender;
import com.penultimate.sysops.lambda.metrics.BusinessMetrics;
import com.penultimate.sysops.lambda.metrics.MetricsSink;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Wires sending to the tables it reads (tickets, customers, experts, invoices), the idempotency records, SNS (SMS
 * and the managers' topic) and SES.
 */
@Factory
class NotificationsBeans {

    @Singleton
    SmsSender sms(SnsClient sns) {
        return new SnsSmsSender(sns);
    }

    @Singleton
    EmailSender email(SesV2Client ses, SysopsSettings settings) {
        return new SesEmailSender(ses, settings.emailFrom());
    }

    @Singleton
    ManagerAlerts managers(SnsClient sns, SysopsSettings settings) {
        return new SnsManagerAlerts(sns, settings.topic("managers"));
    }

    @Singleton
    NotificationBatch batch(DynamoDbClient dynamoDb, SysopsSettings settings, SmsSender sms, EmailSender email,
                            ManagerAlerts managers, MetricsSink metricsSink, Clock clock) {
        CustomerRepository customers = new DynamoDbCustomerRepository(dynamoDb, settings.table("customers"));
        // Only reads experts and tickets: no cells or idempotency-claim table needed for them.
        ExpertRepository experts = new DynamoDbExpertRepository(dynamoDb, settings.table("experts"), null);
        return new NotificationBatch(new NotificationSender(
                new DynamoDbIdempotencyStore(dynamoDb, settings.table("idempotency"), clock),
                new DynamoDbTicketRepository(dynamoDb, settings.table("tickets"), null, clock),
                customers, experts, sms, email, managers, new MessageTexts(customers, experts),
                new BillingMessages(new DynamoDbInvoiceRepository(dynamoDb, settings.table("invoices")))),
                new BusinessMetrics("notifications", metricsSink, clock));
    }
}
