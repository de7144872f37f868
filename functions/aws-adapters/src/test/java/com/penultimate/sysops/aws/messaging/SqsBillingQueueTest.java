package com.penultimate.sysops.aws.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.aws.AwsClients;
import com.penultimate.sysops.aws.json.BillingJobJson;
import com.penultimate.sysops.aws.moto.MotoServer;
import com.penultimate.sysops.core.billing.BillingJob;
import com.penultimate.sysops.core.billing.BillingStep;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** Against moto's SQS, over the JSON protocol the SDK speaks. */
class SqsBillingQueueTest {
    private final SqsClient sqs = AwsClients.sqs(MotoServer.clientSettings());
    private final String queueUrl = sqs.createQueue(create -> create.queueName("billing-" + System.nanoTime()))
            .queueUrl();

    @AfterEach
    void closeClient() {
        sqs.close();
    }

    @Test
    void enqueue_sendsTheJobAsJsonWithTheContractIdAsAttribute() {
        BillingJob job = new BillingJob("cust-ada", "C1", LocalDate.parse("2027-03-31"), BillingStep.due());

        new SqsBillingQueue(sqs, queueUrl).enqueue(job);

        Message message = sqs.receiveMessage(receive -> receive.queueUrl(queueUrl).messageAttributeNames("All"))
                .messages().get(0);
        assertThat(BillingJobJson.read(message.body())).isEqualTo(job);
        assertThat(message.messageAttributes()).containsEntry("contractId",
                MessageAttributeValue.builder().dataType("String").stringValue("C1").build());
    }
}
