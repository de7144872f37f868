package com.penultimate.sysops.core.port;

import com.penultimate.sysops.core.billing.BillingJob;

/** A durable queue of contracts to charge (SQS when deployed); at-least-once. */
public interface BillingQueue {
    void enqueue(BillingJob job);
}
