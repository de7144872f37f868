package com.penultimate.sysops.local.metering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.asl.HistoryEvent;
import com.penultimate.sysops.local.asl.HistoryEventType;
import com.penultimate.sysops.local.services.AwsApi;
import com.penultimate.sysops.local.services.AwsError;
import com.penultimate.sysops.local.services.AwsRequest;
import com.penultimate.sysops.local.services.AwsResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The meters that count without a network: Lambda, Step Functions, SQS answers, SNS, SES, EventBridge. */
class MetersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Usage usage = new Usage();

    @Test
    void invocation_billedInWholeMillisecondsRoundedUp() {
        InvocationMeter meter = InvocationMeter.into(usage);
        meter.invoked("TicketIntakeFunction", 12_300_000);
        meter.invoked("TicketIntakeFunction", 40_000);

        UsageSnapshot used = usage.snapshot();
        assertThat(used.get("lambda.invocations.TicketIntakeFunction")).isEqualTo(2.0);
        assertThat(used.get("lambda.billedMs.TicketIntakeFunction")).isEqualTo(13.0 + 1.0);
    }

    @Test
    void stateTransitions_oneForEachStateEntered() {
        StateTransitionMeter meter = new StateTransitionMeter(usage);
        for (HistoryEventType type : new HistoryEventType[] {HistoryEventType.EXECUTION_STARTED,
                HistoryEventType.TASK_STATE_ENTERED, HistoryEventType.TASK_SCHEDULED, HistoryEventType.TASK_SUCCEEDED,
                HistoryEventType.TASK_STATE_EXITED, HistoryEventType.CHOICE_STATE_ENTERED}) {
            meter.onEvent("arn", new HistoryEvent(1, type, Instant.EPOCH, type.isStateEntered() ? "Match" : null, null));
        }

        assertThat(usage.snapshot().get("stepfunctions.transitions")).isEqualTo(2.0);
        assertThat(usage.snapshot().get("stepfunctions.transitions.Match")).isEqualTo(2.0);
    }

    @Test
    void sqsReceive_thatCameBackEmpty_countedAsIdle() {
        SqsRequestMeter meter = new SqsRequestMeter(usage);
        meter.request("ReceiveMessage", new byte[0]).response(200, "{}".getBytes(StandardCharsets.UTF_8));
        meter.request("ReceiveMessage", new byte[0]).response(200,
                "{\"Messages\":[{\"ReceiptHandle\":\"r\",\"Body\":\"b\"}]}".getBytes(StandardCharsets.UTF_8));
        meter.request("SendMessageBatch", new byte[0]).response(200, "{}".getBytes(StandardCharsets.UTF_8));

        UsageSnapshot used = usage.snapshot();
        assertThat(used.sum("sqs.requests.")).isEqualTo(3.0);
        assertThat(used.get("sqs.emptyReceives")).isEqualTo(1.0);
    }

    @Test
    void snsAndSes_countedAsBilled_smsApartFromTopicPublishes_emailsByRecipient() throws Exception {
        AwsApi metered = new ServiceRequestMeter(usage).meter(new Answering());
        metered.handle(form("Action=Publish&PhoneNumber=%2B13125559101&Message=hi"));
        metered.handle(form("Action=Publish&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A1%3At&Message=hi"));
        metered.handle(new AwsRequest("POST", "/v2/email/outbound-emails", Map.of(), JSON.writeValueAsBytes(
                JSON.readTree("{\"Destination\":{\"ToAddresses\":[\"a@x\",\"b@x\"],\"CcAddresses\":[\"c@x\"]}}"))));
        metered.handle(new AwsRequest("POST", "/", Map.of("x-amz-target", "AWSEvents.PutEvents"),
                "{\"Entries\":[{},{}]}".getBytes(StandardCharsets.UTF_8)));

        UsageSnapshot used = usage.snapshot();
        assertThat(used.get("sns.sms")).isEqualTo(1.0);
        assertThat(used.get("sns.publish")).isEqualTo(1.0);
        assertThat(used.get("ses.emails")).isEqualTo(3.0);
        assertThat(used.get("events.entries")).isEqualTo(2.0);
    }

    @Test
    void stateMachineSnsPublish_countedAsSms() throws Exception {
        JsonNode parameters = JSON.readTree("{\"PhoneNumber\":\"+13125559101\",\"Message\":\"hi\"}");
        new ServiceRequestMeter(usage).meterSnsPublish((resource, p, context) -> null)
                .invoke("arn:aws:states:::sns:publish", parameters, null);

        assertThat(usage.snapshot().get("sns.sms")).isEqualTo(1.0);
    }

    @Test
    void since_keepsOnlyWhatMoved() {
        usage.add("a", 1);
        usage.add("b", 2);
        UsageSnapshot before = usage.snapshot();
        usage.add("b", 3);

        assertThat(usage.snapshot().since(before).counters()).isEqualTo(Map.of("b", 3.0));
    }

    private static AwsRequest form(String body) {
        return new AwsRequest("POST", "/", Map.of("content-type", "application/x-www-form-urlencoded"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static final class Answering implements AwsApi {
        @Override
        public boolean accepts(AwsRequest request) {
            return true;
        }

        @Override
        public AwsResponse handle(AwsRequest request) {
            return AwsResponse.of(200, "application/json", "{}");
        }

        @Override
        public AwsResponse error(AwsError error) {
            return AwsResponse.jsonError("application/json", error);
        }
    }
}
