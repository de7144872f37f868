package com.penultimate.sysops.billing;

import com.penultimate.sysops.aws.dynamodb.DynamoDbBillingLedger;
import com.penultimate.sysops.aws.dynamodb.DynamoDbCustomerRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbInvoiceRepository;
import com.penultimate.sysops.aws.messaging.SqsBillingQueue;
import com.penultimate.sysops.aws.messaging.SqsNotificationQueue;
import com.penultimate.sysops.aws.payments.SimulatedPaymentGateway;
import com.penultimate.sysops.core.billing.BillingRun;
import com.penultimate.sysops.core.billing.ContractBilling;
import com.penultimate.sysops.core.port.BillingLedger;
import com.penultimate.sysops.core.port.BillingQueue;
import com.penultimate.sysops.core.port.NotificationQueue;
import com.penultimate.sysops.core.port.PaymentGateway;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Wires the two functions this jar holds. The scheduler reads contracts and fills the billing queue; the consumer
 * charges, records and queues notifications. Lambda creates every singleton at start, so each side exists only
 * when its queue is configured (the scheduler's billing queue, the consumer's notifications queue).
 */
@Factory
class BillingBeans {

    @Singleton
    BillingLedger ledger(DynamoDbClient dynamoDb, SysopsSettings settings) {
        return new DynamoDbBillingLedger(dynamoDb, settings.table("contracts"), settings.table("invoices"));
    }

    @Singleton
    @Requires(property = "sysops.queues.billing")
    BillingQueue billingQueue(SqsClient sqs, SysopsSettings settings) {
        return new SqsBillingQueue(sqs, settings.queue("billing"));
    }

    @Singleton
    @Requires(beans = BillingQueue.class)
    BillingRun run(BillingLedger ledger, BillingQueue queue) {
        return new BillingRun(ledger, queue);
    }

    @Singleton
    @Requires(property = "sysops.queues.notifications")
    NotificationQueue notifications(SqsClient sqs, SysopsSettings settings) {
        return new SqsNotificationQueue(sqs, settings.queue("notifications"));
    }

    @Singleton
    @Requires(beans = NotificationQueue.class)
    PaymentGateway payments(DynamoDbClient dynamoDb, SysopsSettings settings, BillingSettings billing, Clock clock) {
        billing.provider(); // refuses any provider but the simulated one, the only one built
        return new SimulatedPaymentGateway(dynamoDb, settings.table("payment-attempts"), clock);
    }

    @Singleton
    @Requires(beans = NotificationQueue.class)
    BillingBatch batch(DynamoDbClient dynamoDb, BillingLedger ledger, PaymentGateway payments,
                       NotificationQueue notifications, SysopsSettings settings, BillingSettings billing, Clock clock) {
        return new BillingBatch(new ContractBilling(ledger,
                new DynamoDbInvoiceRepository(dynamoDb, settings.table("invoices")),
                new DynamoDbCustomerRepository(dynamoDb, settings.table("customers")),
                payments, notifications, billing.prices(), clock));
    }

    /** The bean a handler needs, or a start-up failure naming the missing setting. */
    static <T> T required(ApplicationContext context, Class<T> type, String setting) {
        return context.findBean(type).orElseThrow(() -> new IllegalStateException(
                type.getSimpleName() + " is not configured: set " + setting));
    }
}
