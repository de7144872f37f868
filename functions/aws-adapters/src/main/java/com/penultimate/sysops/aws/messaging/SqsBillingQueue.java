package com.penultimate.sysops.aws.messaging;

import com.penultimate.sysops.aws.json.BillingJobJson;
import com.penultimate.sysops.core.billing.BillingJob;
import com.penultimate.sysops.core.port.BillingQueue;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * {@link BillingQueue} on a standard SQS queue: the job as {@link BillingJobJson}, the contract id also as the
 * {@value #CONTRACT_ID} message attribute. Delivery is at least once; the consumer charges once per contract,
 * period and attempt whatever arrives twice.
 */
public final class SqsBillingQueue implements BillingQueue {
    public static final String CONTRACT_ID = "contractId";

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsBillingQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(BillingJob job) {
        sqs.sendMessage(send -> send.queueUrl(queueUrl)
                .messageBody(BillingJobJson.write(job))
                .messageAttributes(Map.of(CONTRACT_ID, MessageAttributeValue.builder()
                        .dataType("String").stringValue(job.contractId()).build())));
    }
}
