package com.penultimate.sysops.local.metering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.asl.TaskInvoker;
import com.penultimate.sysops.local.services.AwsApi;
import com.penultimate.sysops.local.services.AwsError;
import com.penultimate.sysops.local.services.AwsRequest;
import com.penultimate.sysops.local.services.AwsResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Meters the services of the local AWS endpoint as they bill: SNS publishes to a phone number
 * ({@code sns.sms}) or a topic ({@code sns.publish}), SES emails by recipient ({@code ses.emails}), EventBridge
 * entries ({@code events.entries}); any other call is counted as {@code api.<target or path>}. The state machine's
 * {@code sns:publish} integration is metered the same way.
 */
public final class ServiceRequestMeter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Usage usage;

    public ServiceRequestMeter(Usage usage) {
        this.usage = usage;
    }

    /** {@code api}, counting each request it is given. */
    public AwsApi meter(AwsApi api) {
        return new AwsApi() {
            @Override
            public boolean accepts(AwsRequest request) {
                return api.accepts(request);
            }

            @Override
            public AwsResponse handle(AwsRequest request) throws Exception {
                count(request);
                return api.handle(request);
            }

            @Override
            public AwsResponse error(AwsError error) {
                return api.error(error);
            }
        };
    }

    /** {@code snsPublish}, counting each publish as SMS or topic publish. */
    public TaskInvoker meterSnsPublish(TaskInvoker snsPublish) {
        return (resource, parameters, context) -> {
            usage.increment(parameters.hasNonNull("PhoneNumber") ? "sns.sms" : "sns.publish");
            return snsPublish.invoke(resource, parameters, context);
        };
    }

    private void count(AwsRequest request) throws IOException {
        if (request.isForm() && "Publish".equals(request.form().get("Action"))) {
            Map<String, String> form = request.form();
            usage.increment(form.containsKey("PhoneNumber") ? "sns.sms" : "sns.publish");
        } else if (request.path().equals("/v2/email/outbound-emails")) {
            JsonNode destination = JSON.readTree(request.body()).path("Destination");
            usage.add("ses.emails", Math.max(1, destination.path("ToAddresses").size()
                    + destination.path("CcAddresses").size() + destination.path("BccAddresses").size()));
        } else if (request.target().equals("AWSEvents.PutEvents")) {
            usage.add("events.entries", JSON.readTree(request.body()).path("Entries").size());
        } else {
            usage.increment("api." + (request.target().isEmpty() ? request.path() : request.target()));
        }
    }
}
